import { BrowserWindow, type BrowserWindowConstructorOptions, type Session } from 'electron';

export interface WindowSecurityOptions {
  /** Absolute path of the bundled preload; hidden print windows have none. */
  preloadPath?: string;
  /** Developer tools, allowed only in unpackaged builds. */
  allowDevTools: boolean;
  /** A private session (hidden print windows); the default session otherwise. */
  session?: Session;
  /** Spell checking, on for editing windows. */
  spellcheck?: boolean;
}

/**
 * The only way a Briefdesk window is created: every window, visible or hidden,
 * gets the same locked-down webPreferences.
 */
export function createSecureBrowserWindow(
  options: Omit<BrowserWindowConstructorOptions, 'webPreferences'>,
  { preloadPath, allowDevTools, session, spellcheck = true }: WindowSecurityOptions,
): BrowserWindow {
  // Written out inside the constructor call so that static scanners (electronegativity) can read each flag.
  return new BrowserWindow({
    ...options,
    webPreferences: {
      ...(preloadPath ? { preload: preloadPath } : {}),
      ...(session ? { session } : {}),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck,
      devTools: allowDevTools,
    },
  });
}
