import type { Editor } from '@tiptap/core';

/** A part of a key-figure card that can take the focus. */
export type KeyFigurePart = 'value' | 'move-left' | 'move-right' | 'remove';

/**
 * Focuses a part of the card at `position` once the view shows it; a move button
 * that is hidden at the row's end hands the focus to the other one.
 */
export function focusKeyFigure(editor: Editor, position: number, part: KeyFigurePart): void {
  const card = editor.view.nodeDOM(position);
  if (!(card instanceof HTMLElement)) return;
  const find = (name: KeyFigurePart) => card.querySelector<HTMLElement>(`[data-part="${name}"]`);
  let target = find(part);
  const hidden = (element: HTMLElement | null) => !element || getComputedStyle(element).visibility === 'hidden';
  if (hidden(target) && part === 'move-left') target = find('move-right');
  if (hidden(target) && part === 'move-right') target = find('move-left');
  if (hidden(target)) target = find('value');
  target?.focus();
}
