import type { Editor } from '@tiptap/core';
import type { ContextMenuAction } from '../../../electron/common/context-menu/context-menu-items';
import { getBriefdeskApi } from '../briefdesk-api';
import { hideMisspelledWord } from '../spelling/spelling-decorations';
import type { EditorContextTarget } from './editor-context-target';

export interface EditorActionHooks {
  /** Opens the link dialog on the link (the caret is inside it). */
  editLink: () => void;
  /** Tells the user something went wrong, in a sentence. */
  report: (message: string) => void;
}

/** Does what a context-menu entry says, in the editor it was opened on. */
export async function performEditorAction(
  editor: Editor,
  action: ContextMenuAction,
  { misspelling, link }: EditorContextTarget,
  hooks: EditorActionHooks,
): Promise<void> {
  const { view } = editor;
  view.focus();
  switch (action.kind) {
    case 'replace-misspelling':
      if (misspelling) view.dispatch(view.state.tr.insertText(action.replacement, misspelling.from, misspelling.to));
      return;
    case 'ignore-word':
      if (misspelling) hideMisspelledWord(view, misspelling.word);
      return;
    case 'add-to-dictionary': {
      if (!misspelling) return;
      const added = await getBriefdeskApi().spelling.addWord({ word: misspelling.word });
      if (added.ok) hideMisspelledWord(view, misspelling.word);
      else hooks.report(added.error.message);
      return;
    }
    case 'cut':
    case 'copy':
      document.execCommand(action.kind);
      return;
    case 'paste':
    case 'paste-as-plain-text':
      getBriefdeskApi().editing.run(action.kind);
      return;
    case 'open-link':
      // Main vets the address and hands it to the system browser; the window itself never navigates.
      if (link) window.open(link.href, '_blank', 'noopener,noreferrer');
      return;
    case 'edit-link':
      hooks.editLink();
      return;
    case 'remove-link': {
      const linkType = view.state.schema.marks.link;
      if (link && linkType) view.dispatch(view.state.tr.removeMark(link.from, link.to, linkType));
      return;
    }
  }
}
