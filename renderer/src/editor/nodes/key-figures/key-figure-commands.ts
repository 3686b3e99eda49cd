import type { Editor } from '@tiptap/core';

/** The key figure at `position` swaps places with its neighbour; the new position, or undefined at the row's end. */
export function moveKeyFigure(editor: Editor, position: number, direction: -1 | 1): number | undefined {
  const { state } = editor;
  const $position = state.doc.resolve(position);
  const figure = state.doc.nodeAt(position);
  const index = $position.index();
  const neighbourIndex = index + direction;
  if (!figure || neighbourIndex < 0 || neighbourIndex >= $position.parent.childCount) return undefined;
  const neighbour = $position.parent.child(neighbourIndex);
  const from = direction === 1 ? position : position - neighbour.nodeSize;
  const to = from + figure.nodeSize + neighbour.nodeSize;
  const swapped = direction === 1 ? [neighbour, figure] : [figure, neighbour];
  editor.view.dispatch(state.tr.replaceWith(from, to, swapped));
  return direction === 1 ? position + neighbour.nodeSize : from;
}

/**
 * Removes the key figure at `position`, or the whole row when it is the last one.
 * Returns the position of the figure that takes its place (the one before, else after), if any.
 */
export function removeKeyFigure(editor: Editor, position: number): number | undefined {
  const { state } = editor;
  const $position = state.doc.resolve(position);
  const figure = state.doc.nodeAt(position);
  if (!figure) return undefined;
  if ($position.parent.childCount === 1) {
    editor.view.dispatch(state.tr.delete($position.before(), $position.after()));
    return undefined;
  }
  editor.view.dispatch(state.tr.delete(position, position + figure.nodeSize));
  const index = $position.index();
  if (index === 0) return position;
  return position - $position.parent.child(index - 1).nodeSize;
}

/** Adds an empty key figure at the end of the row at `rowPosition`; returns its position. */
export function addKeyFigure(editor: Editor, rowPosition: number): number | undefined {
  const { state } = editor;
  const row = state.doc.nodeAt(rowPosition);
  const keyFigure = state.schema.nodes.keyFigure;
  if (row?.type.name !== 'keyFigures' || !keyFigure) return undefined;
  const position = rowPosition + row.nodeSize - 1;
  editor.view.dispatch(state.tr.insert(position, keyFigure.create()));
  return position;
}
