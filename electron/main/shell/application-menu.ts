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
  // The open briefing's commands; the renderer also handles their keys, so they work before the menu sees them.
  const newItem: MenuItemConstructorOptions = {
    label: 'New Briefing…',
    accelerator: 'CommandOrControl+N',
    click: () => sendCommand('new-briefing'),
  };
  const saveItem: MenuItemConstructorOptions = {
    label: 'Save',
    accelerator: 'CommandOrControl+S',
    click: () => sendCommand('save-briefing'),
  };
  const exportBriefingItem: MenuItemConstructorOptions = {
    label: 'Export This Briefing…',
    accelerator: 'CommandOrControl+P',
    click: () => sendCommand('export-briefing'),
  };
  const findItem: MenuItemConstructorOptions = {
    label: 'Find and Replace…',
    accelerator: 'CommandOrControl+F',
    click: () => sendCommand('find-in-briefing'),
  };
  const sidePanelItem: MenuItemConstructorOptions = {
    label: 'Side Panel',
    accelerator: 'CommandOrControl+Alt+B',
    click: () => sendCommand('toggle-side-panel'),
  };
  const focusModeItem: MenuItemConstructorOptions = {
    label: 'Focus Mode',
    accelerator: 'F8',
    click: () => sendCommand('toggle-focus-mode'),
  };
  const fileItems: MenuItemConstructorOptions[] = [
    newItem,
    saveItem,
    { type: 'separator' },
    importItem,
    exportBriefingItem,
    exportItem,
  ];
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
        ? [...fileItems, { type: 'separator' }, { role: 'close' }]
        : [...fileItems, { type: 'separator' }, settingsItem, { type: 'separator' }, { role: 'quit' }],
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
        { type: 'separator' },
        findItem,
        { type: 'separator' },
        {
          label: 'Text Direction',
          submenu: [
            { label: 'Left to Right', click: () => sendCommand('direction-ltr') },
            { label: 'Right to Left', click: () => sendCommand('direction-rtl') },
            { label: 'From the Text', click: () => sendCommand('direction-auto') },
            { label: 'Follow the Language', click: () => sendCommand('direction-follow-language') },
          ],
        },
      ],
    },
    {
      label: '&View',
      submenu: [
        sidePanelItem,
        focusModeItem,
        { type: 'separator' },
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
