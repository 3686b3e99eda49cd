import type { NodeViewRendererProps } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { NodeView } from '@tiptap/pm/view';
import type { KeyFigureAttributes } from '../../../../../electron/common/document/nodes/key-figures/key-figures-node';
import { briefingSourceStore } from '../../../sources/briefing-source-store';
import { KeyFigureSourcePicker } from '../../../sources/key-figure-source-picker';
import { buildControlsWhenShown, type NodeViewWithControls } from '../deferred-node-controls';
import { focusKeyFigure, type KeyFigurePart } from './focus-key-figure';
import { KeyFigureAsOfField } from './key-figure-as-of-field';
import { moveKeyFigure, removeKeyFigure } from './key-figure-commands';

type TextField = Exclude<keyof KeyFigureAttributes, 'asOf' | 'sourceId'>;

/** Each field as it prints: the number large, what it counts under it, the source small. Labels are for screen readers. */
const fields: { name: TextField; label: string; placeholder: string }[] = [
  { name: 'value', label: 'Value', placeholder: '42' },
  { name: 'label', label: 'What it counts', placeholder: 'what it counts' },
  { name: 'source', label: 'Source', placeholder: 'source' },
];

const tools: { part: KeyFigurePart; text: string; label: string }[] = [
  { part: 'move-left', text: '←', label: 'Move this key figure left' },
  { part: 'move-right', text: '→', label: 'Move this key figure right' },
  { part: 'remove', text: '✕', label: 'Remove this key figure' },
];

let viewCount = 0;

/**
 * A key figure edited where it prints: a card with the number, what it counts, its source and
 * "as of", each typed in place; edits become attribute changes in one transaction each. Tools on
 * the card move it within its row or remove it. Plain DOM, so typing in the body never re-renders it.
 */
export class KeyFigureView implements NodeView, NodeViewWithControls {
  readonly dom: HTMLElement;
  readonly #inputs = new Map<keyof KeyFigureAttributes, HTMLInputElement>();
  readonly #editor: NodeViewRendererProps['editor'];
  readonly #position: () => number | undefined;
  readonly #idPrefix: string;
  #asOf: KeyFigureAsOfField | undefined;
  #sourcePicker: KeyFigureSourcePicker | undefined;
  #node: ProseMirrorNode;
  #destroyed = false;

  constructor({ node, editor, getPos }: NodeViewRendererProps) {
    this.#node = node;
    this.#editor = editor;
    viewCount += 1;
    this.#position = () => (typeof getPos === 'function' ? getPos() : undefined);
    this.#idPrefix = `key-figure-${viewCount}`;
    this.dom = document.createElement('div');
    this.dom.className = 'key-figure key-figure-editing';
    this.dom.setAttribute('role', 'group');
    this.dom.setAttribute('aria-label', 'Key figure');
    this.dom.contentEditable = 'false';
    // While a long briefing opens, a card off the first screen gets its fields after the first paint.
    buildControlsWhenShown(editor, this);
  }

  /** The card's fields, source picker, "as of" and tools, showing the node as it is now. */
  buildControls(): void {
    if (this.#destroyed || this.#asOf) return;
    const editor = this.#editor;
    const node = this.#node;
    const idPrefix = this.#idPrefix;
    const setAttribute = (name: keyof KeyFigureAttributes, value: string) => {
      const at = this.#position();
      if (at === undefined || !editor.isEditable) return;
      const attributes = { ...this.#node.attrs, [name]: value };
      editor.view.dispatch(editor.state.tr.setNodeMarkup(at, undefined, attributes));
    };
    const meta = document.createElement('div');
    meta.className = 'key-figure-meta';
    for (const field of fields) {
      const wrapper = document.createElement('div');
      wrapper.className = `key-figure-field key-figure-field-${field.name}`;
      const label = document.createElement('label');
      label.htmlFor = `${idPrefix}-${field.name}`;
      label.className = 'visually-hidden';
      label.textContent = field.label;
      const input = document.createElement('input');
      input.id = `${idPrefix}-${field.name}`;
      input.className = `key-figure-${field.name}-input`;
      input.placeholder = field.placeholder;
      input.maxLength = 200;
      input.value = String(node.attrs[field.name] ?? '');
      if (field.name === 'value') input.dataset.part = 'value';
      input.addEventListener('input', () => setAttribute(field.name, input.value));
      wrapper.append(label, input);
      (field.name === 'source' ? meta : this.dom).append(wrapper);
      this.#inputs.set(field.name, input);
    }
    this.#asOf = new KeyFigureAsOfField(
      idPrefix,
      String(node.attrs.asOf ?? ''),
      () => editor.storage.briefingTimeZone?.timeZone ?? 'UTC',
      (asOf) => setAttribute('asOf', asOf),
    );
    this.#sourcePicker = new KeyFigureSourcePicker(
      idPrefix,
      String(node.attrs.sourceId ?? ''),
      briefingSourceStore(editor),
      (sourceId) => setAttribute('sourceId', sourceId),
    );
    meta.append(this.#sourcePicker.element, this.#asOf.element);
    this.dom.append(meta, this.#toolbar(editor, this.#position));
  }

  #toolbar(editor: NodeViewRendererProps['editor'], position: () => number | undefined): HTMLElement {
    const bar = document.createElement('div');
    bar.className = 'key-figure-tools';
    for (const tool of tools) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'key-figure-tool';
      button.dataset.part = tool.part;
      button.textContent = tool.text;
      button.title = tool.label;
      button.setAttribute('aria-label', tool.label);
      button.addEventListener('click', () => {
        const at = position();
        if (at === undefined || !editor.isEditable) return;
        if (tool.part === 'remove') {
          const next = removeKeyFigure(editor, at);
          if (next === undefined) editor.view.focus();
          else focusKeyFigure(editor, next, 'remove');
          return;
        }
        const moved = moveKeyFigure(editor, at, tool.part === 'move-left' ? -1 : 1);
        if (moved !== undefined) focusKeyFigure(editor, moved, tool.part);
      });
      bar.append(button);
    }
    return bar;
  }

  update(node: ProseMirrorNode): boolean {
    if (node.type !== this.#node.type) return false;
    this.#node = node;
    for (const [name, input] of this.#inputs) {
      const value = String(node.attrs[name] ?? '');
      if (input.value !== value) input.value = value;
    }
    this.#asOf?.update(String(node.attrs.asOf ?? ''));
    this.#sourcePicker?.update(String(node.attrs.sourceId ?? ''));
    return true;
  }

  destroy(): void {
    this.#destroyed = true;
    this.#sourcePicker?.destroy();
  }

  /** Keystrokes and clicks inside the card's fields and tools belong to them, not to ProseMirror. */
  stopEvent(event: Event): boolean {
    const target = event.target;
    return (
      target instanceof HTMLInputElement ||
      target instanceof HTMLSelectElement ||
      target instanceof HTMLLabelElement ||
      target instanceof HTMLButtonElement
    );
  }

  ignoreMutation(): boolean {
    return true;
  }
}
