import { randomUUID } from 'node:crypto';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { EmbeddedImage } from '../../common/document/briefing-node-definition';
import { resolveFigureAssets } from './embed-assets';
import type { AssetResolver } from './export-options';
import type { ImageLookup } from './render-document-body';

/**
 * Bytes of a picture per piece of its base64: a multiple of 3, so that the pieces join into the whole's base64,
 * and few enough that each piece (120,000 characters) is an ordinary string for V8, not a large object, which is
 * given freshly mapped memory each time (for a large export's twenty pictures, most of the render's time).
 */
const bytesPerPiece = 3 * 30_000;

function base64Pieces(bytes: Uint8Array): string[] {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const pieces: string[] = [];
  for (let start = 0; start < view.length; start += bytesPerPiece)
    pieces.push(view.toString('base64', start, Math.min(view.length, start + bytesPerPiece)));
  return pieces;
}

/**
 * Keeps the pictures out of an export's HTML while it is assembled: each figure's `src` holds a short
 * placeholder, and the pictures' data URLs (most of a large export's bytes) are put back, in pieces, only in
 * the finished HTML's pieces. Every check that reads the markup (a section's emptiness, the font-subset scan)
 * copies it whole first; copying megabytes of base64 each time cost more than the checks themselves.
 */
export class PicturePlaceholders {
  /** Random for each export, so that no text of the briefing can spell a placeholder. */
  readonly #prefix = `data:,briefdesk-picture-${randomUUID()}-`;
  /** Each picture's data URL, in pieces. */
  readonly #pictures: string[][] = [];
  readonly #images = new Map<string, EmbeddedImage>();

  private constructor() {}

  /** The pictures of every figure in `documents`, each read once through `resolveAsset`. */
  static async embed(documents: readonly ProseMirrorNode[], resolveAsset: AssetResolver): Promise<PicturePlaceholders> {
    const placeholders = new PicturePlaceholders();
    for (const [source, asset] of await resolveFigureAssets(documents, resolveAsset)) {
      if ('damaged' in asset) {
        placeholders.#images.set(source, { problem: 'damaged' });
        continue;
      }
      const index = placeholders.#pictures.push([`data:${asset.mediaType};base64,`, ...base64Pieces(asset.bytes)]) - 1;
      placeholders.#images.set(source, { dataUrl: `${placeholders.#prefix}${index}` });
    }
    return placeholders;
  }

  /** The renderer's lookup: a placeholder for each picture, or why there is none. */
  readonly images: ImageLookup = (source) => this.#images.get(source) ?? { problem: 'missing' };

  /** `markup` cut at each placeholder, with the picture's data URL in pieces between the cuts: the HTML, in order. */
  pieces(markup: string): string[] {
    const pieces: string[] = [];
    let at = 0;
    for (let found = markup.indexOf(this.#prefix); found !== -1; found = markup.indexOf(this.#prefix, at)) {
      const digits = found + this.#prefix.length;
      let end = digits;
      while (end < markup.length && markup.charCodeAt(end) >= 0x30 && markup.charCodeAt(end) <= 0x39) end += 1;
      const picture = this.#pictures[Number(markup.slice(digits, end))];
      if (end === digits || picture === undefined)
        throw new Error('An export held a picture placeholder it never gave.');
      pieces.push(markup.slice(at, found), ...picture);
      at = end;
    }
    pieces.push(markup.slice(at));
    return pieces;
  }
}
