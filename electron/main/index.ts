import path from 'node:path';
import { app, BrowserWindow, dialog, Menu, session } from 'electron';
import type { MenuCommand } from '../common/ipc-channels';
import { menuCommandChannel } from '../common/ipc-channels';
import { openAppServices } from './app/app-services';
import { readDataDirArgument, resolveDataDir } from './app/resolve-data-dir';
import { createIpcDispatcher } from './ipc/ipc-dispatcher';
import { createIpcHandlers } from './ipc/ipc-handlers';
import { appOrigin } from './protocol/app-origin';
import { handleAppProtocol, registerAppSchemePrivileges } from './shell/app-protocol';
import { buildMenuTemplate } from './shell/application-menu';
import { createExportDesktopIntegration } from './shell/export-desktop-integration';
import { createMainWindow } from './shell/main-window';
import { registerIpc } from './shell/register-ipc';
import { guardWebContents, lockDownSession } from './shell/session-security';

const outDir = path.resolve(import.meta.dirname, '..');
const rendererRoot = path.join(outDir, 'renderer');
const preloadPath = path.join(outDir, 'preload', 'index.cjs');
const iconPath = path.join(app.getAppPath(), 'resources', 'icons', 'icon.png');

const dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'));
if (readDataDirArgument(process.argv) || process.env.BRIEFDESK_DATA_DIR) {
  // A chosen data folder is a separate profile: its own lock, its own Chromium state.
  app.setPath('userData', dataDir);
}

app.enableSandbox();
registerAppSchemePrivileges();
guardWebContents(app);

function sendCommand(command: MenuCommand): void {
  const target = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  target?.webContents.send(menuCommandChannel, command);
}

Menu.setApplicationMenu(
  Menu.buildFromTemplate(buildMenuTemplate({ appName: 'Briefdesk', platform: process.platform, sendCommand })),
);

let mainWindow: BrowserWindow | undefined;

function openWindow(): void {
  mainWindow = createMainWindow({ preloadPath, allowDevTools: !app.isPackaged, iconPath });
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
}

async function start(): Promise<void> {
  const services = await openAppServices(dataDir, { name: 'Briefdesk', version: app.getVersion() });
  services.exports.attachDesktop(createExportDesktopIntegration(() => mainWindow));
  lockDownSession(session.defaultSession);
  handleAppProtocol(session.defaultSession, rendererRoot, services.briefings.paths.assets);
  registerIpc(
    createIpcDispatcher({
      handlers: createIpcHandlers(services),
      trustedOrigin: appOrigin,
      logError: (message, error) => console.error(message, error),
    }),
  );
  let flushed = false;
  app.on('before-quit', (event) => {
    if (flushed) return;
    // The index and search index are caches, but writing them now spares work at the next start.
    event.preventDefault();
    flushed = true;
    void services.close().finally(() => app.quit());
  });
  openWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (!mainWindow && app.isReady()) openWindow();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      dialog.showErrorBox('Briefdesk could not start', `${reason}\n\nData folder: ${dataDir}`);
      app.exit(1);
    });
}
