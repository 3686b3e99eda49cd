import path from 'node:path';
import { app, dialog, Menu, session } from 'electron';
import type { AppServices } from './app/app-services';
import { resolveDataDir } from './app/resolve-data-dir';
import type { IpcDispatch } from './ipc/ipc-dispatcher';
import { libraryPaths } from './library/library-paths';
import { appOrigin } from './protocol/app-origin';
import { handleAppProtocol, registerAppSchemePrivileges } from './shell/app-protocol';
import { buildMenuTemplate } from './shell/application-menu';
import { placeChromiumProfile } from './shell/chromium-profile';
import { CloseGuard } from './shell/close-guard';
import { EditorWindows } from './shell/editor-windows';
import { createMainWindow } from './shell/main-window';
import { registerIpc } from './shell/register-ipc';
import { recoverCrashedPages } from './shell/renderer-recovery';
import { guardWebContents, lockDownSession } from './shell/session-security';
import { claimInstanceLock } from './shell/single-instance-lock';

// Only light modules are imported above: the services, import, export and PDF code load after the window
// is on its way (dynamic import), so that nothing heavy is evaluated before `ready` and the first window.

const outDir = path.resolve(import.meta.dirname, '..');
const rendererRoot = path.join(outDir, 'renderer');
const preloadPath = path.join(outDir, 'preload', 'index.cjs');
const iconPath = path.join(app.getAppPath(), 'resources', 'icons', 'icon.png');

// The default data folder is where Electron's userData would be; Chromium's own profile moves out of it.
const defaultDataDir = app.getPath('userData');
const dataDir = resolveDataDir(process.argv, process.env, defaultDataDir);
const profileFolder = placeChromiumProfile(app, dataDir);

app.enableSandbox();
registerAppSchemePrivileges();
guardWebContents(app);

let openedServices: Promise<AppServices> | undefined;

const closeGuard = new CloseGuard({
  settleWork: async () => {
    await (await openedServices)?.inFlight.settled();
  },
  closeServices: async () => {
    await (await openedServices)?.close();
  },
  logError: (message, error) => console.error(message, error),
});

const windows = new EditorWindows(() => {
  const window = createMainWindow({ preloadPath, allowDevTools: !app.isPackaged, iconPath });
  closeGuard.watch(window);
  recoverCrashedPages(window);
  return window;
});

Menu.setApplicationMenu(
  Menu.buildFromTemplate(
    buildMenuTemplate({
      appName: 'Briefdesk',
      platform: process.platform,
      sendCommand: (command) => windows.sendCommand(command),
    }),
  ),
);

async function openServices(): Promise<AppServices> {
  const { openAppServices } = await import('./app/app-services');
  const services = await openAppServices(dataDir, { name: 'Briefdesk', version: app.getVersion() });
  const { createExportDesktopIntegration } = await import('./shell/export-desktop-integration');
  services.exports.attachDesktop(createExportDesktopIntegration(() => windows.current));
  return services;
}

async function openDispatcher(services: AppServices): Promise<IpcDispatch> {
  const [{ createIpcDispatcher }, { createIpcHandlers }] = await Promise.all([
    import('./ipc/ipc-dispatcher'),
    import('./ipc/ipc-handlers'),
  ]);
  return createIpcDispatcher({
    handlers: createIpcHandlers(services),
    trustedOrigin: appOrigin,
    logError: (message, error) => console.error(message, error),
  });
}

function start(): void {
  lockDownSession(session.defaultSession);
  handleAppProtocol(session.defaultSession, rendererRoot, libraryPaths(dataDir).assets);
  const services = openServices();
  openedServices = services;
  const dispatcher = services.then(openDispatcher);
  // Calls that arrive while the services open wait for them; every call is followed until it has settled.
  registerIpc(async (channel, argument, sender) => {
    const [ready, dispatch] = await Promise.all([services, dispatcher]);
    return ready.inFlight.track(dispatch(channel, argument, sender));
  });
  closeGuard.install(app, () => (windows.current ? [windows.current] : []));
  windows.startServing();
  void import('./export/pdf/print-folders').then(({ removeAbandonedPrintFolders }) => removeAbandonedPrintFolders());
  services.catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    dialog.showErrorBox('Briefdesk could not start', `${reason}\n\nData folder: ${dataDir}`);
    app.exit(1);
  });
}

const lock = claimInstanceLock(app, profileFolder);
if (lock.kind === 'failed') {
  app.whenReady().then(() => {
    dialog.showErrorBox('Briefdesk could not start', `${lock.message}\n\nData folder: ${dataDir}`);
    app.exit(1);
  });
} else if (lock.kind === 'held-by-another') {
  // The running Briefdesk on this data folder was told (`second-instance`) and comes forward.
  app.quit();
} else {
  app.on('second-instance', () => windows.focusOrOpen());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => windows.focusOrOpen());
  void app.whenReady().then(start);
}
