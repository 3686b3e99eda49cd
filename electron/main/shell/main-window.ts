import { BrowserWindow, nativeTheme } from 'electron';
import { appOrigin } from '../protocol/app-origin';
import { secureWebPreferences } from './web-preferences';

export interface MainWindowOptions {
  preloadPath: string;
  allowDevTools: boolean;
  iconPath?: string;
}

/** The one factory for editor windows; every window gets the same locked-down preferences. */
export function createMainWindow({ preloadPath, allowDevTools, iconPath }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Briefdesk',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#16181d' : '#f7f7f5',
    ...(iconPath ? { icon: iconPath } : {}),
    webPreferences: secureWebPreferences({ preloadPath, allowDevTools }),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${appOrigin}/index.html`);
  return window;
}
