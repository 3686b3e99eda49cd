import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../common/ipc-channels';

export interface MenuTemplateOptions {
  appName: string;
  platform: NodeJS.Platform;
  /** Forwards a command to the focused window's renderer. */
  sendCommand: (command: MenuCommand) => void;
}

/** The application menu as data; `Menu.buildFromTemplate` turns it into a menu. */
export function buildMenuTemplate({
  appName,
  platform,
  sendCommand,
}: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const settingsItem: MenuItemConstructorOptions = {
    label: isMac ? 'Settings…' : 'Settings',
    accelerator: 'CommandOrControl+,',
    click: () => sendCommand('open-settings'),
  };
  const exportItem: MenuItemConstructorOptions = {
    label: 'Export Briefings…',
    accelerator: 'CommandOrControl+Shift+E',
    click: () => sendCommand('open-export'),
  };
  const aboutItem: MenuItemConstructorOptions = {
    label: `About ${appName}`,
    click: () => sendCommand('open-about'),
  };
  const importItem: MenuItemConstructorOptions = {
    label: 'Import Article…',
    accelerator: 'CommandOrControl+Shift+O',
    click: () => sendCommand('open-import'),
  };
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: appName,
          submenu: [
            aboutItem,
            { type: 'separator' },
            settingsItem,
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];
  return [
    ...appMenu,
    {
      label: '&File',
      submenu: isMac
        ? [importItem, exportItem, { type: 'separator' }, { role: 'close' }]
        : [importItem, exportItem, { type: 'separator' }, settingsItem, { type: 'separator' }, { role: 'quit' }],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'pasteAndMatchStyle' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: isMac ? [] : [aboutItem] },
  ];
}
