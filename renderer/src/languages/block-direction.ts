import type { Editor } from '@tiptap/core';
import { readTextDirection, type TextDirection } from '../../../electron/common/language/text-direction';

/** What the direction control can set on a block: a direction, or null to follow the block's language again. */
export type BlockDirectionChoice = TextDirection | null;

/** The direction control's three choices, in the order the toolbar and the menu show them. */
export const blockDirectionChoices: readonly { dir: TextDirection; label: string; text: string }[] = [
  { dir: 'ltr', label: 'Left to right', text: 'LTR' },
  { dir: 'rtl', label: 'Right to left', text: 'RTL' },
  { dir: 'auto', label: 'Direction from the text', text: 'Auto' },
];

/**
 * The direction chosen for the block at the caret (a list item's, as `setBlockDirection` sets it there),
 * or null when the block follows its language.
 */
export function blockDirectionAtCaret(editor: Editor): BlockDirectionChoice {
  const { $from } = editor.state.selection;
  const inListItem = $from.depth >= 2 && $from.node($from.depth - 1).type.name === 'listItem';
  return readTextDirection((inListItem ? $from.node($from.depth - 1) : $from.parent).attrs.dir);
}

/** Sets the direction of the blocks the selection touches; choosing the direction already set clears it. */
export function chooseBlockDirection(editor: Editor, dir: TextDirection): boolean {
  const next: BlockDirectionChoice = blockDirectionAtCaret(editor) === dir ? null : dir;
  return editor.chain().focus().setBlockDirection(next).run();
}
