import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';

/**
 * Puts a stored picture where it was dropped or pasted: into the figure at `position` (or starting
 * there) when there is one, replacing its picture, else into a new figure after the block there.
 */
export function placeFigureImage(editor: Editor, position: number, source: string): void {
  const { state } = editor;
  const $position = state.doc.resolve(Math.max(0, Math.min(position, state.doc.content.size)));
  for (let depth = $position.depth; depth > 0; depth -= 1) {
    if ($position.node(depth).type.name === 'figure') {
      const at = $position.before(depth);
      editor.view.dispatch(state.tr.setNodeMarkup(at, undefined, { ...$position.node(depth).attrs, src: source }));
      return;
    }
  }
  const after = $position.nodeAfter;
  if (after?.type.name === 'figure') {
    editor.view.dispatch(state.tr.setNodeMarkup($position.pos, undefined, { ...after.attrs, src: source }));
    return;
  }
  editor.view.dispatch(state.tr.setSelection(TextSelection.near($position)));
  editor.chain().focus().insertFigure({ src: source }).run();
}

/** Points every figure showing `from` at `to` (the author chose to keep the original picture). */
export function replaceFigureImage(editor: Editor, from: string, to: string): void {
  const transaction = editor.state.tr;
  editor.state.doc.descendants((node, position) => {
    if (node.type.name === 'figure' && node.attrs.src === from) {
      transaction.setNodeMarkup(position, undefined, { ...node.attrs, src: to });
    }
  });
  if (transaction.docChanged) editor.view.dispatch(transaction);
}
