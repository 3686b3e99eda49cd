import type { IpcResult } from '../../../../electron/common/ipc-result';
import type { StoredAsset } from '../../../../electron/common/library/library-types';
import { getBriefdeskApi } from '../../briefdesk-api';
import { describeUnusableImage, describeUnusableImageType } from './image-file-rules';
import type { PreparedImage } from './prepare-image';
import { prepareImageInWorker } from './prepare-image-in-worker';

type StoreAsset = (input: { base64: string }) => Promise<IpcResult<StoredAsset>>;

/** What came of adding a picture: its stored source, a sentence for the author, and the way back to the original. */
export type StoredFigureImage =
  | {
      ok: true;
      source: string;
      summary: string;
      /** Stores the untouched original, when the stored copy was scaled or recompressed. */
      keepOriginal?: () => Promise<StoredFigureImage>;
    }
  | { ok: false; message: string };

function readAsBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.addEventListener('load', () => {
      const dataUrl = typeof reader.result === 'string' ? reader.result : '';
      resolve(dataUrl.slice(dataUrl.indexOf(',') + 1));
    });
    reader.addEventListener('error', () => reject(reader.error));
    reader.readAsDataURL(blob);
  });
}

/** A file size as people read it: KB below a megabyte, MB with one decimal above. */
const megabytes = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function store(blob: Blob, name: string, storeAsset: StoreAsset): Promise<StoredFigureImage> {
  let result: IpcResult<StoredAsset>;
  try {
    result = await storeAsset({ base64: await readAsBase64(blob) });
  } catch {
    return { ok: false, message: `“${name}” could not be read. Check that the file is still there and try again.` };
  }
  return result.ok
    ? { ok: true, source: result.value.source, summary: '' }
    : { ok: false, message: result.error.message };
}

async function readLongEdgeSetting(): Promise<number> {
  const settings = await getBriefdeskApi().settings.get();
  return settings.ok ? settings.value.imageLongEdge : 2400;
}

/**
 * Stores a picture for a figure through `assets.store`: scaled down to the long edge set in
 * Settings and recompressed first, with a sentence saying so and a way to keep the original.
 */
export async function storeFigureImage(
  file: File,
  options: { longEdge?: number; storeAsset?: StoreAsset } = {},
): Promise<StoredFigureImage> {
  const storeAsset: StoreAsset = options.storeAsset ?? ((input) => getBriefdeskApi().assets.store(input));
  const unusable = describeUnusableImageType(file);
  if (unusable) return { ok: false, message: unusable };
  let prepared: PreparedImage;
  try {
    prepared = await prepareImageInWorker(file, options.longEdge ?? (await readLongEdgeSetting()));
  } catch {
    return {
      ok: false,
      message: `“${file.name}” could not be opened as a picture. It may be damaged; try another file.`,
    };
  }
  const tooLarge = describeUnusableImage({
    name: file.name,
    type: prepared.blob.type || file.type,
    size: prepared.blob.size,
  });
  if (tooLarge) return { ok: false, message: tooLarge };
  const stored = await store(prepared.blob, file.name, storeAsset);
  if (!stored.ok || !prepared.changed) return stored;
  const scaled = prepared.width !== prepared.originalWidth;
  const summary = scaled
    ? `“${file.name}” was scaled from ${prepared.originalWidth}×${prepared.originalHeight} (${megabytes(file.size)}) to ${prepared.width}×${prepared.height} (${megabytes(prepared.blob.size)}).`
    : `“${file.name}” was recompressed from ${megabytes(file.size)} to ${megabytes(prepared.blob.size)}.`;
  return {
    ...stored,
    summary,
    keepOriginal: async () => {
      const refused = describeUnusableImage(file);
      if (refused) return { ok: false, message: refused };
      const original = await store(file, file.name, storeAsset);
      return original.ok
        ? { ...original, summary: `The original of “${file.name}” is kept (${megabytes(file.size)}).` }
        : original;
    },
  };
}
