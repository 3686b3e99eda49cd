import type { NodeViewRendererProps } from '@tiptap/core';
import type { NodeView, ViewMutationRecord } from '@tiptap/pm/view';
import { focusKeyFigure } from './focus-key-figure';
import { addKeyFigure } from './key-figure-commands';

/** A row of key-figure cards, as it prints, with a button that adds a card at its end. */
export class KeyFiguresView implements NodeView {
  readonly dom: HTMLElement;
  readonly contentDOM: HTMLElement;
  readonly #addButton: HTMLButtonElement;

  constructor({ editor, getPos }: NodeViewRendererProps) {
    this.dom = document.createElement('div');
    this.dom.className = 'key-figures-block';
    this.contentDOM = document.createElement('div');
    this.contentDOM.className = 'key-figures';
    this.contentDOM.dataset.keyFigures = '';
    this.#addButton = document.createElement('button');
    this.#addButton.type = 'button';
    this.#addButton.className = 'key-figures-add';
    this.#addButton.contentEditable = 'false';
    this.#addButton.textContent = '+ Add key figure';
    this.#addButton.addEventListener('click', () => {
      const position = typeof getPos === 'function' ? getPos() : undefined;
      if (position === undefined || !editor.isEditable) return;
      const added = addKeyFigure(editor, position);
      if (added !== undefined) focusKeyFigure(editor, added, 'value');
    });
    this.dom.append(this.contentDOM, this.#addButton);
  }

  stopEvent(event: Event): boolean {
    return event.target === this.#addButton;
  }

  ignoreMutation(mutation: ViewMutationRecord): boolean {
    if (mutation.type === 'selection') return false;
    return !this.contentDOM.contains(mutation.target);
  }
}
