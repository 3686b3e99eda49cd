import { Extension } from '@tiptap/core';
import { joinBackward, joinForward, selectNodeBackward, selectNodeForward } from '@tiptap/pm/commands';
import { type Command, type EditorState, NodeSelection, Selection, type Transaction } from '@tiptap/pm/state';

/** What the first of `commands` that applies would do, without doing it. */
function firstTransaction(state: EditorState, commands: Command[]): Transaction | undefined {
  for (const command of commands) {
    let transaction: Transaction | undefined;
    if (command(state, (tr) => (transaction = tr))) return transaction;
  }
  return undefined;
}

/**
 * Backspace or Delete that ProseMirror would answer by selecting a whole section
 * (at a gap cursor or a top-level block beside it) moves the cursor into that
 * section instead, so the next keystroke cannot replace a heading and its body.
 */
function stopAtSection(state: EditorState, dispatch: ((tr: Transaction) => void) | undefined, direction: -1 | 1) {
  if (!state.selection.empty) return false;
  const planned = firstTransaction(
    state,
    direction < 0 ? [joinBackward, selectNodeBackward] : [joinForward, selectNodeForward],
  );
  const selection = planned?.selection;
  if (!planned || !(selection instanceof NodeSelection) || selection.node.type.name !== 'section') return false;
  const inside = direction < 0 ? selection.to - 1 : selection.from + 1;
  const kept = planned.docChanged ? planned : state.tr;
  const doc = kept.doc;
  const at = doc.resolve(direction < 0 ? kept.mapping.map(inside, -1) : kept.mapping.map(inside, 1));
  dispatch?.(kept.setSelection(Selection.near(at, direction)).scrollIntoView());
  return true;
}

/** Backspace and Delete that never select a whole section; ahead of TipTap's own keymap. */
export const SectionBoundaryKeys = Extension.create({
  name: 'sectionBoundaryKeys',
  priority: 1000,

  addKeyboardShortcuts() {
    return {
      Backspace: () => stopAtSection(this.editor.state, (tr) => this.editor.view.dispatch(tr), -1),
      Delete: () => stopAtSection(this.editor.state, (tr) => this.editor.view.dispatch(tr), 1),
    };
  },
});
