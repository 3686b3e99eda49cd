import { type Editor, getMarkRange } from '@tiptap/core';
import type { ContextMenuTarget } from '../../../electron/common/context-menu/context-menu-items';
import { type MisspellingInDocument, misspellingAt } from '../spelling/spelling-decorations';

/** What the editor's menu acts on: the menu's target plus where in the document it is. */
export interface EditorContextTarget {
  target: ContextMenuTarget;
  misspelling?: MisspellingInDocument;
  link?: { from: number; to: number; href: string };
}

/**
 * The target at `position` (the caret, or where the pointer was): the misspelled word there with
 * `suggestions` for it, the link there, and whether text is selected and can be changed.
 */
export function editorContextTarget(
  editor: Editor,
  position: number,
  suggestions: readonly string[] = [],
): EditorContextTarget {
  const { state } = editor;
  const misspelling = misspellingAt(state, position);
  const linkType = state.schema.marks.link;
  const linkRange = linkType ? getMarkRange(state.doc.resolve(position), linkType) : undefined;
  const linkMark = linkRange
    ? state.doc.nodeAt(linkRange.from)?.marks.find((mark) => mark.type === linkType)
    : undefined;
  const link = linkRange && linkMark ? { ...linkRange, href: String(linkMark.attrs.href ?? '') } : undefined;
  return {
    target: {
      editable: editor.isEditable,
      hasSelection: !state.selection.empty,
      ...(misspelling ? { misspelling: { word: misspelling.word, suggestions, canIgnore: true } } : {}),
      ...(link ? { link: { href: link.href, editable: editor.isEditable } } : {}),
    },
    ...(misspelling ? { misspelling } : {}),
    ...(link ? { link } : {}),
  };
}
