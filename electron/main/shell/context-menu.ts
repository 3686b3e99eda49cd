import { type IpcMainEvent, ipcMain, Menu, type MenuItemConstructorOptions, shell, type WebContents } from 'electron';
import {
  type ContextMenuAction,
  type ContextMenuEntry,
  contextMenuEntries,
} from '../../common/context-menu/context-menu-items';
import { editCommandChannel, isEditCommand } from '../../common/ipc-channels';
import { appOrigin } from '../protocol/app-origin';
import { hasOrigin } from '../security/has-origin';
import { vettedExternalUrl } from '../security/vetted-external-url';
import { contextMenuTargetOf } from './context-menu-target';

function perform(contents: WebContents, action: ContextMenuAction, word: string, href: string): void {
  switch (action.kind) {
    case 'replace-misspelling':
      contents.replaceMisspelling(action.replacement);
      return;
    case 'add-to-dictionary':
      contents.session.addWordToSpellCheckerDictionary(word);
      return;
    case 'cut':
      contents.cut();
      return;
    case 'copy':
      contents.copy();
      return;
    case 'paste':
      contents.paste();
      return;
    case 'paste-as-plain-text':
      contents.pasteAndMatchStyle();
      return;
    case 'open-link': {
      const vetted = vettedExternalUrl(href);
      if (vetted) void shell.openExternal(vetted);
      return;
    }
    // The editor's own menu handles ignoring a word and editing or removing a link.
    case 'ignore-word':
    case 'edit-link':
    case 'remove-link':
      return;
  }
}

/** Shows Electron's native context menu wherever the page leaves the right-click to it (outside the editor). */
export function attachContextMenu(contents: WebContents): void {
  contents.on('context-menu', (_event, params) => {
    const entries = contextMenuEntries(contextMenuTargetOf(params));
    if (entries.length === 0) return;
    const template = entries.map(
      (entry: ContextMenuEntry): MenuItemConstructorOptions =>
        entry.type === 'separator'
          ? { type: 'separator' }
          : {
              label: entry.label,
              enabled: entry.enabled,
              click: () => {
                if (entry.action) perform(contents, entry.action, params.misspelledWord, params.linkURL);
              },
            },
    );
    Menu.buildFromTemplate(template).popup();
  });
}

/**
 * The editor's own menu asks main to paste (a page cannot read the clipboard itself): Chromium's paste then
 * reaches the editor as if the user had pressed Ctrl+V, through the same clean-up. Only the app's own pages
 * are answered.
 */
export function answerEditCommands(): void {
  ipcMain.on(editCommandChannel, (event: IpcMainEvent, command: unknown) => {
    if (!hasOrigin(event.senderFrame?.url, appOrigin) || !isEditCommand(command)) return;
    if (command === 'paste') event.sender.paste();
    else event.sender.pasteAndMatchStyle();
  });
}
