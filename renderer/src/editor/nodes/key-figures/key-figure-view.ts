import type { NodeViewRendererProps } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { NodeView } from '@tiptap/pm/view';
import type { KeyFigureAttributes } from '../../../../../electron/common/document/nodes/key-figures/key-figures-node';
import { KeyFigureAsOfField } from './key-figure-as-of-field';

const fields: { name: Exclude<keyof KeyFigureAttributes, 'asOf'>; label: string; placeholder: string }[] = [
  { name: 'value', label: 'Value', placeholder: 'e.g. 42' },
  { name: 'label', label: 'What it counts', placeholder: 'e.g. drone strikes' },
  { name: 'source', label: 'Source', placeholder: 'e.g. Air Force' },
];

let viewCount = 0;

/**
 * A key figure edited in place: three labelled inputs and an "as of" date-time
 * control with its zone, whose edits become attribute changes in one
 * transaction each. Plain DOM, so typing in the body never re-renders it.
 */
export class KeyFigureView implements NodeView {
  readonly dom: HTMLElement;
  readonly #inputs = new Map<keyof KeyFigureAttributes, HTMLInputElement>();
  readonly #asOf: KeyFigureAsOfField;
  #node: ProseMirrorNode;

  constructor({ node, editor, getPos }: NodeViewRendererProps) {
    this.#node = node;
    viewCount += 1;
    const setAttribute = (name: keyof KeyFigureAttributes, value: string) => {
      const position = typeof getPos === 'function' ? getPos() : undefined;
      if (position === undefined || !editor.isEditable) return;
      const attributes = { ...this.#node.attrs, [name]: value };
      editor.view.dispatch(editor.state.tr.setNodeMarkup(position, undefined, attributes));
    };
    const idPrefix = `key-figure-${viewCount}`;
    this.dom = document.createElement('div');
    this.dom.className = 'key-figure key-figure-editing';
    this.dom.setAttribute('role', 'group');
    this.dom.setAttribute('aria-label', 'Key figure');
    this.dom.contentEditable = 'false';
    for (const field of fields) {
      const wrapper = document.createElement('div');
      wrapper.className = `key-figure-field key-figure-field-${field.name}`;
      const label = document.createElement('label');
      label.htmlFor = `${idPrefix}-${field.name}`;
      label.textContent = field.label;
      const input = document.createElement('input');
      input.id = `${idPrefix}-${field.name}`;
      input.className = `key-figure-${field.name}-input`;
      input.placeholder = field.placeholder;
      input.maxLength = 200;
      input.value = String(node.attrs[field.name] ?? '');
      input.addEventListener('input', () => setAttribute(field.name, input.value));
      wrapper.append(label, input);
      this.dom.append(wrapper);
      this.#inputs.set(field.name, input);
    }
    this.#asOf = new KeyFigureAsOfField(
      idPrefix,
      String(node.attrs.asOf ?? ''),
      () => editor.storage.briefingTimeZone?.timeZone ?? 'UTC',
      (asOf) => setAttribute('asOf', asOf),
    );
    this.dom.append(this.#asOf.element);
  }

  update(node: ProseMirrorNode): boolean {
    if (node.type !== this.#node.type) return false;
    this.#node = node;
    for (const [name, input] of this.#inputs) {
      const value = String(node.attrs[name] ?? '');
      if (input.value !== value) input.value = value;
    }
    this.#asOf.update(String(node.attrs.asOf ?? ''));
    return true;
  }

  /** Keystrokes and clicks inside the inputs belong to the inputs, not to ProseMirror. */
  stopEvent(event: Event): boolean {
    return event.target instanceof HTMLInputElement || event.target instanceof HTMLLabelElement;
  }

  ignoreMutation(): boolean {
    return true;
  }
}
