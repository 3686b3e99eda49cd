/**
 * Every request channel the renderer may invoke, as `namespace.method`.
 * Kept free of schema imports so the sandboxed preload stays tiny.
 */
export const ipcChannels = [
  'app.info',
  'app.notices',
  'settings.get',
  'settings.update',
  'briefings.list',
  'briefings.get',
  'briefings.open',
  'briefings.create',
  'briefings.save',
  'templates.list',
  'templates.saveFromBriefing',
  'templates.rename',
  'templates.delete',
  'briefings.createFromTemplate',
  'import.prepare',
  'import.text',
  'import.preview',
  'spelling.check',
  'spelling.suggest',
  'spelling.addWord',
  'export.run',
  'export.chooseDestination',
  'export.defaultDestination',
  'export.preview',
  'export.estimateSize',
  'export.previewPdf',
  'export.forgetFolder',
  'export.showInFolder',
  'export.openFile',
  'briefings.duplicate',
  'briefings.trash',
  'briefings.conflictInfo',
  'briefings.resolveConflict',
  'briefings.unlock',
  'trash.list',
  'trash.restore',
  'trash.empty',
  'journal.write',
  'journal.recovered',
  'journal.restore',
  'journal.discard',
  'history.list',
  'history.get',
  'history.restoreChoices',
  'history.restore',
  'history.diff',
  'history.name',
  'history.compare',
  'library.search',
  'library.recent',
  'library.markOpened',
  'assets.store',
] as const;

export type IpcChannel = (typeof ipcChannels)[number];

/** Main → renderer: a menu item or accelerator asks the UI to do something. */
export const menuCommandChannel = 'menu.command';

export const menuCommands = [
  'open-settings',
  'open-about',
  'open-import',
  'open-export',
  'new-briefing',
  'save-briefing',
  'export-briefing',
  'find-in-briefing',
  'toggle-side-panel',
  'toggle-focus-mode',
  'direction-ltr',
  'direction-rtl',
  'direction-auto',
  'direction-follow-language',
] as const;

export type MenuCommand = (typeof menuCommands)[number];

/** Main → renderer: the window is closing or the app quitting; save what is unsaved, then answer. */
export const closeRequestedChannel = 'window.closeRequested';

/** Renderer → main: the answer to `window.closeRequested`, carrying its token, once every save has returned. */
export const closeFlushedChannel = 'window.closeFlushed';

/** Renderer → main: the editor's own context menu asks for a paste (a page cannot read the clipboard itself). */
export const editCommandChannel = 'edit.command';

export const editCommands = ['paste', 'paste-as-plain-text'] as const;

export type EditCommand = (typeof editCommands)[number];

export function isEditCommand(value: unknown): value is EditCommand {
  return typeof value === 'string' && (editCommands as readonly string[]).includes(value);
}

export function isIpcChannel(value: unknown): value is IpcChannel {
  return typeof value === 'string' && (ipcChannels as readonly string[]).includes(value);
}

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (menuCommands as readonly string[]).includes(value);
}
