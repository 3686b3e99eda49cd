import type { Editor } from '@tiptap/core';
import { getMarkRange } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';

/** What the link dialog edits: a range of one paragraph (or a wider selection, whose text stays as it is). */
export interface LinkTargetRange {
  from: number;
  to: number;
  /** The text shown, when it lies in one textblock and may be retyped in the dialog. */
  text: string | undefined;
  /** The address of the link already there, or ''. */
  href: string;
}

/** The range the link dialog works on: the whole link around the cursor, else the selection. */
export function linkTargetRange(editor: Editor): LinkTargetRange {
  const { state } = editor;
  const { selection } = state;
  const linkType = state.schema.marks.link;
  const around = linkType ? getMarkRange(selection.$from, linkType) : undefined;
  const range = around && selection.to <= around.to ? around : { from: selection.from, to: selection.to };
  const $from = state.doc.resolve(range.from);
  const $to = state.doc.resolve(range.to);
  const oneBlock = $from.sameParent($to) && $from.parent.isTextblock;
  return {
    ...range,
    text: oneBlock ? state.doc.textBetween(range.from, range.to) : undefined,
    href: String(editor.getAttributes('link').href ?? ''),
  };
}

/**
 * Links `range` to `href` in one undoable step; `text`, when given and different,
 * replaces the range's text first (keeping its bold, italic…). The caret ends
 * after the link, where typing continues as plain text.
 */
export function applyLink(editor: Editor, range: LinkTargetRange, href: string, text: string | undefined): void {
  const { state } = editor;
  const linkType = state.schema.marks.link;
  if (!linkType) return;
  const transaction = state.tr;
  let { from, to } = range;
  if (text !== undefined && text !== '' && text !== range.text) {
    transaction.insertText(text, from, to);
    to = from + text.length;
  }
  transaction.removeMark(from, to, linkType).addMark(from, to, linkType.create({ href }));
  transaction.setSelection(TextSelection.create(transaction.doc, to)).removeStoredMark(linkType);
  editor.view.dispatch(transaction.scrollIntoView());
}
