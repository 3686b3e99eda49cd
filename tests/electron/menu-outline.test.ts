import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../electron/main/shell/application-menu';
import { type MenuEntry, type MenuOutline, outlineMenu } from './menu-outline';

function templateFor(platform: NodeJS.Platform): MenuEntry[] {
  return buildMenuTemplate({ appName: 'Briefdesk', platform, sendCommand: () => undefined }) as MenuEntry[];
}

const editMenu: MenuOutline = [
  'role:undo',
  'role:redo',
  '---',
  'role:cut',
  'role:copy',
  'role:paste',
  'role:pasteandmatchstyle',
  'role:selectall',
  '---',
  'Find and Replace…',
  '---',
  { 'Text Direction': ['Left to Right', 'Right to Left', 'From the Text', 'Follow the Language'] },
];
const fileItems = ['New Briefing…', 'Save', '---', 'Import Article…', 'Export This Briefing…', 'Export Briefings…'];
const viewMenu = [
  'Side Panel',
  'Focus Mode',
  '---',
  'role:resetzoom',
  'role:zoomin',
  'role:zoomout',
  '---',
  'role:togglefullscreen',
];

describe('the menu’s commands', () => {
  it('sends the open briefing’s commands with the usual accelerators', () => {
    const sent: string[] = [];
    const template = buildMenuTemplate({
      appName: 'Briefdesk',
      platform: 'linux',
      sendCommand: (command) => sent.push(command),
    });
    const items = template.flatMap((menu) => (Array.isArray(menu.submenu) ? menu.submenu : []));
    const accelerators: Record<string, unknown> = {};
    for (const label of [
      'New Briefing…',
      'Save',
      'Export This Briefing…',
      'Find and Replace…',
      'Side Panel',
      'Focus Mode',
    ]) {
      const item = items.find((candidate) => candidate.label === label);
      accelerators[label] = item?.accelerator;
      (item?.click as (() => void) | undefined)?.();
    }
    expect(sent).toEqual([
      'new-briefing',
      'save-briefing',
      'export-briefing',
      'find-in-briefing',
      'toggle-side-panel',
      'toggle-focus-mode',
    ]);
    expect(accelerators).toEqual({
      'New Briefing…': 'CommandOrControl+N',
      Save: 'CommandOrControl+S',
      'Export This Briefing…': 'CommandOrControl+P',
      'Find and Replace…': 'CommandOrControl+F',
      'Side Panel': 'CommandOrControl+Alt+B',
      'Focus Mode': 'F8',
    });
  });

  it('sets the direction of the blocks at the caret from Edit › Text Direction', () => {
    const sent: string[] = [];
    const template = buildMenuTemplate({ appName: 'Briefdesk', platform: 'linux', sendCommand: (c) => sent.push(c) });
    const edit = template.find((menu) => menu.label === '&Edit')?.submenu;
    const direction = (Array.isArray(edit) ? edit : []).find((item) => item.label === 'Text Direction')?.submenu;
    for (const item of Array.isArray(direction) ? direction : []) (item.click as () => void)();
    expect(sent).toEqual(['direction-ltr', 'direction-rtl', 'direction-auto', 'direction-follow-language']);
  });
});

describe('outlineMenu', () => {
  it('outlines the Windows and Linux menu: settings and quit under File, About under Help', () => {
    expect(outlineMenu(templateFor('linux'))).toEqual([
      { File: [...fileItems, '---', 'Settings', '---', 'role:quit'] },
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
      { File: [...fileItems, '---', 'role:close'] },
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
