import { CorruptFileError } from './corrupt-file-error';
import { openStoredFile } from './open-file-without-following-links';
import { parseStoredJson } from './parse-stored-json';
import type { StoredJsonFormat } from './stored-json-format';

/** A stored file as read: the checked value, its text (for fingerprints) and its size and time. */
export interface StoredJsonRead<T> {
  value: T;
  /** True when `migrate` changed what was stored: the file is worth writing again. */
  migrated: boolean;
  text: string;
  stat: { mtimeMs: number; size: number };
}

const describeBytes = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;

/**
 * The one way a stored JSON file is read: never through a link, never larger than the
 * format allows, parsed, migrated and validated. Resolves to null when the file does not
 * exist; rejects with `CorruptFileError` when it exists but is refused.
 */
export async function readStoredJson<T>(
  filePath: string,
  format: StoredJsonFormat<T>,
): Promise<StoredJsonRead<T> | null> {
  const handle = await openStoredFile(filePath);
  if (!handle) return null;
  let text: string;
  let stat: { mtimeMs: number; size: number };
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new CorruptFileError(filePath, 'it is not a regular file');
    if (info.size > format.maxBytes) {
      throw new CorruptFileError(
        filePath,
        `it is ${describeBytes(info.size)}, more than the ${describeBytes(format.maxBytes)} allowed for ${format.what}`,
      );
    }
    stat = { mtimeMs: info.mtimeMs, size: info.size };
    // Reads no more than the size just checked, even if the file grows meanwhile.
    const bytes = Buffer.alloc(info.size);
    const { bytesRead } = await handle.read(bytes, 0, info.size, 0);
    text = bytes.toString('utf8', 0, bytesRead);
  } finally {
    await handle.close();
  }
  return { ...parseStoredJson(text, filePath, format), text, stat };
}
