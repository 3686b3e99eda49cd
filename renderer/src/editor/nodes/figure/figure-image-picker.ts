import type { IpcResult } from '../../../../../electron/common/ipc-result';
import type { StoredAsset } from '../../../../../electron/common/library/library-types';
import { acceptedImageTypes, describeUnusableImageType } from '../../images/image-file-rules';
import { type StoredFigureImage, storeFigureImage } from '../../images/store-figure-image';

export interface FigureImagePickerOptions {
  /** The file input's id, for labels elsewhere in the figure (the empty frame) that open the chooser. */
  inputId: string;
  /** Called with the stored picture (its `asset:<sha>.<ext>` source, and how it was scaled). */
  onStored: (stored: Extract<StoredFigureImage, { ok: true }>) => void;
  /** `assets.store`; the app's by default. */
  store?: (input: { base64: string }) => Promise<IpcResult<StoredAsset>>;
}

/**
 * "Choose image…" for a figure: a labelled file input that stores the chosen
 * image in the library and reports problems next to itself.
 */
export class FigureImagePicker {
  readonly dom: HTMLElement;
  readonly #input: HTMLInputElement;
  readonly #labelText: HTMLSpanElement;
  readonly #message: HTMLParagraphElement;
  readonly #options: FigureImagePickerOptions;

  constructor(options: FigureImagePickerOptions) {
    this.#options = options;
    this.dom = document.createElement('div');
    this.dom.className = 'figure-image-picker';
    this.dom.contentEditable = 'false';
    const label = document.createElement('label');
    label.className = 'figure-image-choose';
    label.htmlFor = options.inputId;
    this.#labelText = document.createElement('span');
    this.#labelText.textContent = 'Choose image…';
    label.append(this.#labelText);
    this.#input = document.createElement('input');
    this.#input.type = 'file';
    this.#input.id = options.inputId;
    this.#input.className = 'figure-image-input';
    this.#input.accept = acceptedImageTypes.join(',');
    this.#input.addEventListener('change', () => void this.#chosen());
    this.#message = document.createElement('p');
    this.#message.className = 'figure-image-message';
    this.#message.setAttribute('role', 'status');
    this.dom.append(this.#input, label, this.#message);
  }

  /** Says "Replace image…" once the figure has one; disabled when the editor is read-only. */
  update({ hasImage, editable }: { hasImage: boolean; editable: boolean }): void {
    const text = hasImage ? 'Replace image…' : 'Choose image…';
    if (this.#labelText.textContent !== text) this.#labelText.textContent = text;
    this.#input.disabled = !editable;
  }

  /** True for events ProseMirror must leave alone. */
  owns(target: EventTarget | null): boolean {
    return target instanceof Node && this.dom.contains(target);
  }

  #say(text: string, isProblem: boolean): void {
    this.#message.textContent = text;
    this.#message.classList.toggle('figure-image-problem', isProblem);
  }

  async #chosen(): Promise<void> {
    const file = this.#input.files?.[0];
    this.#input.value = '';
    if (!file) return;
    const problem = describeUnusableImageType(file);
    if (problem) {
      this.#say(problem, true);
      return;
    }
    this.#say(`Adding “${file.name}”…`, false);
    const stored = await storeFigureImage(file, this.#options.store ? { storeAsset: this.#options.store } : {});
    if (!stored.ok) {
      this.#say(stored.message, true);
      return;
    }
    this.#say('', false);
    this.#options.onStored(stored);
  }
}
