import type { IpcResult } from '../../../../../electron/common/ipc-result';
import { maximumAssetBytes } from '../../../../../electron/common/library/library-requests';
import type { StoredAsset } from '../../../../../electron/common/library/library-types';
import { getBriefdeskApi } from '../../../briefdesk-api';

/** The image types the asset store accepts (it checks the bytes too). */
export const acceptedImageTypes = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];

let pickerCount = 0;

/** Why a chosen file cannot become the figure's image, in words the user can act on; undefined if it can. */
export function describeUnusableImage(file: { name: string; type: string; size: number }): string | undefined {
  if (!acceptedImageTypes.includes(file.type)) {
    return `“${file.name}” is not a PNG, JPEG, GIF or WebP image. Choose one of those, or save it in one of those formats first.`;
  }
  if (file.size === 0) return `“${file.name}” is empty. Choose another image.`;
  if (file.size > maximumAssetBytes) {
    return `“${file.name}” is ${(file.size / 1024 / 1024).toFixed(1)} MB; Briefdesk accepts images up to ${maximumAssetBytes / 1024 / 1024} MB. Resize it and try again.`;
  }
  return undefined;
}

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.addEventListener('load', () => {
      const dataUrl = typeof reader.result === 'string' ? reader.result : '';
      resolve(dataUrl.slice(dataUrl.indexOf(',') + 1));
    });
    reader.addEventListener('error', () => reject(reader.error));
    reader.readAsDataURL(file);
  });
}

export interface FigureImagePickerOptions {
  /** Called with the stored image's `asset:<sha>.<ext>` source. */
  onStored: (source: string) => void;
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
    pickerCount += 1;
    this.dom = document.createElement('div');
    this.dom.className = 'figure-image-picker';
    this.dom.contentEditable = 'false';
    const label = document.createElement('label');
    label.className = 'figure-image-choose';
    label.htmlFor = `figure-image-${pickerCount}`;
    this.#labelText = document.createElement('span');
    this.#labelText.textContent = 'Choose image…';
    label.append(this.#labelText);
    this.#input = document.createElement('input');
    this.#input.type = 'file';
    this.#input.id = `figure-image-${pickerCount}`;
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
    const problem = describeUnusableImage(file);
    if (problem) {
      this.#say(problem, true);
      return;
    }
    this.#say(`Adding “${file.name}”…`, false);
    let result: IpcResult<StoredAsset>;
    try {
      const base64 = await readAsBase64(file);
      const store = this.#options.store ?? ((input) => getBriefdeskApi().assets.store(input));
      result = await store({ base64 });
    } catch {
      this.#say(`“${file.name}” could not be read. Check that the file is still there and try again.`, true);
      return;
    }
    if (!result.ok) {
      this.#say(result.error.message, true);
      return;
    }
    this.#say('', false);
    this.#options.onStored(result.value.source);
  }
}
