import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../electron/main/shell/application-menu';
import { type MenuEntry, outlineMenu } from './menu-outline';

function templateFor(platform: NodeJS.Platform): MenuEntry[] {
  return buildMenuTemplate({ appName: 'Briefdesk', platform, sendCommand: () => undefined }) as MenuEntry[];
}

const editMenu = [
  'role:undo',
  'role:redo',
  '---',
  'role:cut',
  'role:copy',
  'role:paste',
  'role:pasteandmatchstyle',
  'role:selectall',
];
const viewMenu = ['role:resetzoom', 'role:zoomin', 'role:zoomout', '---', 'role:togglefullscreen'];

describe('outlineMenu', () => {
  it('outlines the Windows and Linux menu: settings and quit under File, About under Help', () => {
    expect(outlineMenu(templateFor('linux'))).toEqual([
      { File: ['Import Article…', 'Export Briefings…', '---', 'Settings', '---', 'role:quit'] },
      { Edit: editMenu },
      { View: viewMenu },
      'role:windowmenu',
      { 'role:help': ['About Briefdesk'] },
    ]);
    expect(outlineMenu(templateFor('win32'))).toEqual(outlineMenu(templateFor('linux')));
  });

  it('outlines the macOS menu: About and Settings under the app menu', () => {
    expect(outlineMenu(templateFor('darwin'))).toEqual([
      {
        Briefdesk: [
          'About Briefdesk',
          '---',
          'Settings…',
          '---',
          'role:hide',
          'role:hideothers',
          'role:unhide',
          '---',
          'role:quit',
        ],
      },
      { File: ['Import Article…', 'Export Briefings…', '---', 'role:close'] },
      { Edit: editMenu },
      { View: viewMenu },
      'role:windowmenu',
      { 'role:help': [] },
    ]);
  });

  it('reads Electron’s built menu the same way: role labels and filled-in submenus are ignored', () => {
    const built: MenuEntry[] = [
      {
        label: '&File',
        type: 'submenu',
        submenu: [
          { label: 'Settings', type: 'normal' },
          { label: '', type: 'separator' },
          { label: 'Quit', role: 'quit', type: 'normal' },
        ],
      },
      {
        label: 'Window',
        role: 'windowMenu',
        type: 'submenu',
        submenu: [{ label: 'Minimize', role: 'minimize', type: 'normal' }],
      },
      { label: 'Save && Close', type: 'normal' },
    ];
    expect(outlineMenu(built)).toEqual([{ File: ['Settings', '---', 'role:quit'] }, 'role:windowmenu', 'Save & Close']);
  });
});
