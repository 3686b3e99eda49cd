import { randomBytes } from 'node:crypto';

/** How many previews are kept: the dialog shows one at a time; a few cover quick changes of options. */
const kept = 4;

/** `/export-preview/<32 hex>.html`: the only paths the app protocol serves previews on. */
const previewPath = /^\/export-preview\/([a-f0-9]{32})\.html$/;

/**
 * Rendered export previews, held in memory under unguessable names until newer ones push them out;
 * the app protocol serves them to the export dialog's sandboxed frame.
 */
export class ExportPreviews {
  readonly #pages = new Map<string, string>();

  /** Keeps `html` and returns the path it is served on. */
  add(html: string): string {
    const token = randomBytes(16).toString('hex');
    this.#pages.set(token, html);
    for (const old of this.#pages.keys()) {
      if (this.#pages.size <= kept) break;
      this.#pages.delete(old);
    }
    return `/export-preview/${token}.html`;
  }

  /** The preview a request path names, if it is still kept. */
  find(pathname: string): string | undefined {
    const token = previewPath.exec(pathname)?.[1];
    return token ? this.#pages.get(token) : undefined;
  }
}
