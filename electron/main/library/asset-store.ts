import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { assetSource } from '../../common/document/asset-source';
import { maximumAssetBytes } from '../../common/library/library-requests';
import type { StoredAsset } from '../../common/library/library-types';
import { UserFacingError } from '../../common/user-facing-error';
import { assertInsideFolder, pathInFolder } from '../storage/contained-path';
import { toStorageError } from '../storage/storage-error';
import { writeFileDurably } from '../storage/write-file-durably';
import { detectImageFormat } from './image-signature';
import { readVerifiedAsset } from './verified-asset';

const base64Pattern = /^[A-Za-z0-9+/]*={0,2}$/;

/** Images stored once each, named by the SHA-256 of their bytes: `assets/<sha256>.<ext>`. */
export class AssetStore {
  readonly folder: string;
  readonly #dataDir: string;

  constructor(folder: string, dataDir: string) {
    this.folder = folder;
    this.#dataDir = dataDir;
  }

  /** Decodes base64 from the renderer and stores the image it holds. */
  async storeBase64(base64: string): Promise<StoredAsset> {
    const compact = base64.replace(/\s+/g, '');
    if (compact.length % 4 !== 0 || !base64Pattern.test(compact)) {
      throw new UserFacingError('invalid-argument', 'The image data is damaged (it is not valid base64).');
    }
    return this.store(Buffer.from(compact, 'base64'));
  }

  /** Accepts PNG, JPEG, GIF and WebP only, checked by their magic bytes; the same bytes are stored once. */
  async store(bytes: Uint8Array): Promise<StoredAsset> {
    if (bytes.byteLength === 0) throw new UserFacingError('invalid-argument', 'The image is empty.');
    if (bytes.byteLength > maximumAssetBytes) {
      throw new UserFacingError(
        'invalid-argument',
        `The image is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; Briefdesk accepts images up to ${maximumAssetBytes / 1024 / 1024} MB. Resize it and try again.`,
      );
    }
    const extension = detectImageFormat(bytes);
    if (!extension) {
      throw new UserFacingError(
        'invalid-argument',
        'That file is not a PNG, JPEG, GIF or WebP image. Save it in one of those formats and try again.',
      );
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const filePath = pathInFolder(this.folder, `${sha256}.${extension}`);
    const source = assetSource(sha256, extension);
    // A file already there counts only if it is the same image; a planted link or other bytes are replaced.
    if ((await readVerifiedAsset(this.folder, `${sha256}.${extension}`)) instanceof Buffer) {
      return { source, byteLength: bytes.byteLength, alreadyStored: true };
    }
    try {
      await mkdir(this.folder, { recursive: true });
      // The folder must be real and inside the data folder; the rename then replaces any link at the name.
      await assertInsideFolder(path.dirname(this.folder), this.folder, this.#dataDir);
      await writeFileDurably(filePath, bytes);
    } catch (error) {
      throw toStorageError(error, 'the image', this.#dataDir);
    }
    return { source, byteLength: bytes.byteLength, alreadyStored: false };
  }
}
