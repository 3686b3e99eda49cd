import type { NodeViewRendererProps } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { NodeView, ViewMutationRecord } from '@tiptap/pm/view';
import { assetFileName } from '../../../../../electron/common/document/asset-source';
import { announceStoredImage } from '../../images/image-input';
import { buildControlsWhenShown, type NodeViewWithControls } from '../deferred-node-controls';
import { FigureImagePicker } from './figure-image-picker';

let viewCount = 0;

/** Where the app serves a stored asset, once storage serves them; relative to the app's own origin. */
export function assetUrl(source: string): string | undefined {
  const fileName = assetFileName(source);
  return fileName ? `/assets/${fileName}` : undefined;
}

/**
 * A figure: the image (or a frame saying there is none yet), an alt-text
 * field, and the caption and credit as editable content.
 */
export class FigureView implements NodeView, NodeViewWithControls {
  readonly dom: HTMLElement;
  readonly contentDOM: HTMLElement;
  readonly #frame: HTMLElement;
  readonly #editor: NodeViewRendererProps['editor'];
  readonly #position: () => number | undefined;
  readonly #idSuffix: number;
  #altInput: HTMLInputElement | undefined;
  #picker: FigureImagePicker | undefined;
  #node: ProseMirrorNode;
  #destroyed = false;

  constructor({ node, editor, getPos }: NodeViewRendererProps) {
    this.#node = node;
    this.#editor = editor;
    this.#position = () => (typeof getPos === 'function' ? getPos() : undefined);
    viewCount += 1;
    this.#idSuffix = viewCount;
    this.dom = document.createElement('figure');
    this.dom.className = 'briefing-figure';
    this.#frame = document.createElement('div');
    this.#frame.className = 'figure-frame';
    this.#frame.contentEditable = 'false';
    this.contentDOM = document.createElement('div');
    this.contentDOM.className = 'figure-text';
    this.dom.append(this.#frame, this.contentDOM);
    this.#renderImage();
    // While a long briefing opens, a figure off the first screen gets its alt text field and picker after the first paint.
    buildControlsWhenShown(editor, this);
  }

  /** The alt text field and the image picker, in their place between the image and the caption. */
  buildControls(): void {
    if (this.#destroyed || this.#picker) return;
    const editor = this.#editor;
    const altField = document.createElement('div');
    altField.className = 'figure-alt';
    altField.contentEditable = 'false';
    const altLabel = document.createElement('label');
    altLabel.htmlFor = `figure-alt-${this.#idSuffix}`;
    altLabel.textContent = 'Alt text (what the image shows, for screen readers)';
    const altInput = document.createElement('input');
    altInput.id = `figure-alt-${this.#idSuffix}`;
    altInput.maxLength = 500;
    altInput.value = this.#node.attrs.alt;
    altInput.addEventListener('input', () => {
      const position = this.#position();
      if (position === undefined || !editor.isEditable) return;
      const attributes = { ...this.#node.attrs, alt: altInput.value };
      editor.view.dispatch(editor.state.tr.setNodeMarkup(position, undefined, attributes));
    });
    altField.append(altLabel, altInput);
    this.#altInput = altInput;

    this.#picker = new FigureImagePicker({
      inputId: this.#pickerInputId,
      onStored: (stored) => {
        const position = this.#position();
        if (position === undefined || !editor.isEditable) return;
        const attributes = { ...this.#node.attrs, src: stored.source };
        editor.view.dispatch(editor.state.tr.setNodeMarkup(position, undefined, attributes));
        announceStoredImage(editor, stored);
      },
    });
    this.#picker.update({ hasImage: this.#imageUrl() !== undefined, editable: editor.isEditable });
    this.dom.insertBefore(altField, this.contentDOM);
    this.dom.insertBefore(this.#picker.dom, this.contentDOM);
  }

  destroy(): void {
    this.#destroyed = true;
  }

  /** The picker's file input, which the empty frame's label opens too. */
  get #pickerInputId(): string {
    return `figure-image-${this.#idSuffix}`;
  }

  #imageUrl(): string | undefined {
    return this.#node.attrs.src ? assetUrl(this.#node.attrs.src) : undefined;
  }

  #renderImage(): void {
    const url = this.#imageUrl();
    this.#picker?.update({ hasImage: url !== undefined, editable: this.#editor.isEditable });
    const current = this.#frame.dataset.src ?? '';
    if (current === (url ?? '') && this.#frame.childElementCount > 0) return;
    this.#frame.dataset.src = url ?? '';
    this.#frame.replaceChildren();
    const showPlaceholder = (text: string) => {
      // The whole empty frame opens the file chooser; pictures can also be dropped on it.
      const placeholder = document.createElement('label');
      placeholder.className = 'figure-placeholder';
      placeholder.htmlFor = this.#pickerInputId;
      placeholder.textContent = text;
      this.#frame.replaceChildren(placeholder);
    };
    if (!url) {
      showPlaceholder('No image yet: click here to choose one, or drop or paste a picture');
      return;
    }
    const image = document.createElement('img');
    image.src = url;
    image.alt = this.#node.attrs.alt;
    image.addEventListener('error', () => showPlaceholder('The image file is not available on this computer.'));
    this.#frame.append(image);
  }

  update(node: ProseMirrorNode): boolean {
    if (node.type !== this.#node.type) return false;
    this.#node = node;
    if (this.#altInput && this.#altInput.value !== node.attrs.alt) this.#altInput.value = node.attrs.alt;
    const image = this.#frame.querySelector('img');
    if (image) image.alt = node.attrs.alt;
    this.#renderImage();
    return true;
  }

  stopEvent(event: Event): boolean {
    return (
      (this.#altInput !== undefined && event.target === this.#altInput) || (this.#picker?.owns(event.target) ?? false)
    );
  }

  /** Only mutations inside the caption and credit are ProseMirror's business. */
  ignoreMutation(mutation: ViewMutationRecord): boolean {
    if (mutation.type === 'selection') return false;
    return !this.contentDOM.contains(mutation.target);
  }
}
