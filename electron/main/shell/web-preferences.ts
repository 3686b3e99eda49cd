import type { WebPreferences } from 'electron';

export interface WindowSecurityOptions {
  /** Absolute path of the bundled preload; hidden print windows have none. */
  preloadPath?: string;
  /** Developer tools, allowed only in unpackaged builds. */
  allowDevTools: boolean;
}

/** The only webPreferences any Briefdesk window is created with. */
export function secureWebPreferences({ preloadPath, allowDevTools }: WindowSecurityOptions): WebPreferences {
  return {
    ...(preloadPath ? { preload: preloadPath } : {}),
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
    spellcheck: true,
    devTools: allowDevTools,
  };
}
