import type { CommandProps, JSONContent } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Selection, type Transaction } from '@tiptap/pm/state';
import { positionAfterCurrentBlock, positionAfterTopLevelBlock } from './insertion-position';

/** Where a new block goes: after the block holding the cursor, or after the top-level block (sections never nest). */
export type BlockPlacement = 'after-block' | 'after-top-level-block';

/** The empty paragraph directly in the document or a section that holds the cursor: a new block takes its place. */
function emptyParagraphAtCursor(transaction: Transaction): ProseMirrorNode | undefined {
  const { $from, empty } = transaction.selection;
  if (!empty || $from.depth === 0 || $from.parent.type.name !== 'paragraph' || $from.parent.content.size > 0) {
    return undefined;
  }
  const container = $from.node($from.depth - 1).type.name;
  return container === 'doc' || container === 'section' ? $from.parent : undefined;
}

/**
 * Inserts a block for a node's insert command: after the current block, dropping the empty
 * paragraph the cursor sat in (where the author asked for the block); the cursor goes to
 * `cursorOffset` inside the new block, or the first place text can go from there.
 */
export function insertBlock(
  { tr, dispatch }: CommandProps,
  content: JSONContent,
  placement: BlockPlacement,
  cursorOffset: number | ((node: ProseMirrorNode) => number) = 1,
): boolean {
  const node = tr.doc.type.schema.nodeFromJSON(content);
  const position =
    placement === 'after-block' ? positionAfterCurrentBlock(tr.selection) : positionAfterTopLevelBlock(tr.selection);
  const $position = tr.doc.resolve(position);
  if (!$position.parent.canReplaceWith($position.index(), $position.index(), node.type)) return false;
  if (!dispatch) return true;
  const emptyParagraph = emptyParagraphAtCursor(tr);
  const emptyParagraphStart = emptyParagraph ? tr.selection.$from.before() : -1;
  tr.insert(position, node);
  let start = position;
  if (emptyParagraph && emptyParagraphStart < position) {
    tr.delete(emptyParagraphStart, emptyParagraphStart + emptyParagraph.nodeSize);
    start -= emptyParagraph.nodeSize;
  }
  const offset = typeof cursorOffset === 'number' ? cursorOffset : cursorOffset(node);
  tr.setSelection(Selection.near(tr.doc.resolve(start + offset)));
  tr.scrollIntoView();
  return true;
}
