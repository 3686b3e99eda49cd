import path from 'node:path';
import { type App, dialog, Menu, session } from 'electron';
import type { AppServices } from '../app/app-services';
import { resolveDataDir } from '../app/resolve-data-dir';
import type { IpcDispatch } from '../ipc/ipc-dispatcher';
import { appOrigin } from '../protocol/app-origin';
import { handleAppProtocol, registerAppSchemePrivileges } from './app-protocol';
import { buildMenuTemplate } from './application-menu';
import { placeChromiumProfile } from './chromium-profile';
import { CloseGuard } from './close-guard';
import { answerEditCommands, attachContextMenu } from './context-menu';
import { EditorWindows } from './editor-windows';
import { createMainWindow } from './main-window';
import { registerIpc } from './register-ipc';
import { recoverCrashedPages } from './renderer-recovery';
import { guardWebContents, lockDownSession } from './session-security';
import { claimInstanceLock } from './single-instance-lock';

// Only light modules are imported above: the services load (dynamic import) once the first window has
// shown or the page first calls, and import, export and PDF code on first use, so that nothing heavy is
// evaluated before `ready` and the first window.

export interface DesktopAppPaths {
  /** The built app's `out/` folder (renderer, preload). */
  outDir: string;
  iconPath: string;
}

/** Starts the desktop app: profile, lock and menu before `ready`; protocol, IPC and the window after. */
export function startDesktopApp(app: App, { outDir, iconPath }: DesktopAppPaths): void {
  const rendererRoot = path.join(outDir, 'renderer');
  const preloadPath = path.join(outDir, 'preload', 'index.cjs');

  // The default data folder is where Electron's userData would be; Chromium's own profile moves out of it.
  const defaultDataDir = app.getPath('userData');
  const dataDir = resolveDataDir(process.argv, process.env, defaultDataDir);
  const profileFolder = placeChromiumProfile(app, dataDir);

  app.enableSandbox();
  registerAppSchemePrivileges();
  guardWebContents(app);
  answerEditCommands();

  interface LoadedServices {
    services: AppServices;
    dispatch: IpcDispatch;
  }

  let loadedServices: Promise<LoadedServices> | undefined;

  /** The services and their IPC dispatcher, loaded on first need: the first IPC call or the first window shown. */
  function loadServices(): Promise<LoadedServices> {
    if (!loadedServices) {
      loadedServices = openServices();
      loadedServices.catch((error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        dialog.showErrorBox('Briefdesk could not start', `${reason}\n\nData folder: ${dataDir}`);
        app.exit(1);
      });
    }
    return loadedServices;
  }

  async function servicesIfLoaded(): Promise<AppServices | undefined> {
    return (await loadedServices?.catch(() => undefined))?.services;
  }

  const closeGuard = new CloseGuard({
    settleWork: async () => {
      await (await servicesIfLoaded())?.inFlight.settled();
    },
    closeServices: async () => {
      await (await servicesIfLoaded())?.close();
    },
    logError: (message, error) => console.error(message, error),
  });

  const windows = new EditorWindows(() => {
    const window = createMainWindow({ preloadPath, allowDevTools: !app.isPackaged, iconPath });
    closeGuard.watch(window);
    recoverCrashedPages(window);
    attachContextMenu(window.webContents);
    window.once('ready-to-show', () => void loadServices());
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

  async function openServices(): Promise<LoadedServices> {
    const [{ openAppServices }, { createExportDesktopIntegration }, { createIpcDispatcher }, { createIpcHandlers }] =
      await Promise.all([
        import('../app/app-services'),
        import('./export-desktop-integration'),
        import('../ipc/ipc-dispatcher'),
        import('../ipc/ipc-handlers'),
      ]);
    const services = await openAppServices(dataDir, { name: 'Briefdesk', version: app.getVersion() }, process.env, {
      checkLibraryInBackground: true,
    });
    services.exports.attachDesktop(createExportDesktopIntegration(() => windows.current));
    void import('../export/pdf/print-folders').then(({ removeAbandonedPrintFolders }) => removeAbandonedPrintFolders());
    const dispatch = createIpcDispatcher({
      handlers: createIpcHandlers(services),
      trustedOrigin: appOrigin,
      logError: (message, error) => console.error(message, error),
    });
    return { services, dispatch };
  }

  function start(): void {
    lockDownSession(session.defaultSession);
    handleAppProtocol(
      session.defaultSession,
      rendererRoot,
      async () => (await loadServices()).services.briefings.paths.assets,
      async () => (await loadServices()).services.exports.previews,
    );
    // Calls that arrive before the services are loaded wait for them; every call is followed until it settles.
    registerIpc(async (channel, argument, sender) => {
      const { services, dispatch } = await loadServices();
      return services.inFlight.track(dispatch(channel, argument, sender));
    });
    closeGuard.install(app, () => (windows.current ? [windows.current] : []));
    windows.startServing();
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
}
