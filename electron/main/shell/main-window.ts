import { type BrowserWindow, nativeTheme } from 'electron';
import { appOrigin } from '../protocol/app-origin';
import { createSecureBrowserWindow } from './secure-browser-window';

export interface MainWindowOptions {
  preloadPath: string;
  allowDevTools: boolean;
  iconPath?: string;
}

/** The one factory for editor windows. */
export function createMainWindow({ preloadPath, allowDevTools, iconPath }: MainWindowOptions): BrowserWindow {
  const window = createSecureBrowserWindow(
    {
      width: 1280,
      height: 860,
      minWidth: 720,
      minHeight: 480,
      show: false,
      title: 'Briefdesk',
      backgroundColor: nativeTheme.shouldUseDarkColors ? '#16181d' : '#f7f7f5',
      ...(iconPath ? { icon: iconPath } : {}),
    },
    { preloadPath, allowDevTools },
  );
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${appOrigin}/index.html`);
  return window;
}
