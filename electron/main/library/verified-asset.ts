import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { maximumAssetBytes } from '../../common/library/asset-limits';
import { pathInFolder } from '../storage/contained-path';
import { openFileWithoutFollowingLinks } from '../storage/open-file-without-following-links';

/** `<sha256>.<ext>`: the only asset file names ever opened. */
const assetFileNamePattern = /^([a-f0-9]{64})\.(?:png|jpg|gif|webp)$/;

const chunkBytes = 64 * 1024;

/**
 * Opens a stored image only if its name is an asset name, it is a regular file (never a link),
 * it is no larger than an upload may be, and its bytes hash to its name. Hashing reads it in
 * chunks, so memory stays small whatever was planted. Otherwise says whether it is missing or damaged.
 */
async function openVerifiedAsset(
  assetsDir: string,
  fileName: string,
): Promise<{ handle: FileHandle; size: number } | 'missing' | 'damaged'> {
  const match = assetFileNamePattern.exec(fileName);
  if (!match) return 'missing';
  let opened: FileHandle | 'link';
  try {
    opened = await openFileWithoutFollowingLinks(pathInFolder(assetsDir, fileName));
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'damaged';
  }
  if (opened === 'link') return 'damaged';
  const handle = opened;
  try {
    const info = await handle.stat();
    if (!info.isFile() || info.size === 0 || info.size > maximumAssetBytes) throw new Error('not a stored image');
    const hash = createHash('sha256');
    const buffer = Buffer.alloc(chunkBytes);
    for (let position = 0; position < info.size; ) {
      const { bytesRead } = await handle.read(buffer, 0, chunkBytes, position);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
      position += bytesRead;
    }
    if (hash.digest('hex') !== match[1]) throw new Error('content does not match its name');
    return { handle, size: info.size };
  } catch {
    await handle.close();
    return 'damaged';
  }
}

/** A verified stored image as a stream of its bytes, for the app protocol. */
export async function streamVerifiedAsset(
  assetsDir: string,
  fileName: string,
): Promise<{ body: ReadableStream<Uint8Array>; size: number } | undefined> {
  const opened = await openVerifiedAsset(assetsDir, fileName);
  if (typeof opened === 'string') return undefined;
  const stream = createReadStream('', { fd: opened.handle, start: 0, end: opened.size - 1, autoClose: true });
  return { body: Readable.toWeb(stream) as ReadableStream<Uint8Array>, size: opened.size };
}

/** A verified stored image's bytes (at most the upload limit), for exports; or why there are none. */
export async function readVerifiedAsset(assetsDir: string, fileName: string): Promise<Buffer | 'missing' | 'damaged'> {
  const opened = await openVerifiedAsset(assetsDir, fileName);
  if (typeof opened === 'string') return opened;
  try {
    const bytes = Buffer.alloc(opened.size);
    const { bytesRead } = await opened.handle.read(bytes, 0, opened.size, 0);
    return bytesRead === opened.size ? bytes : 'damaged';
  } finally {
    await opened.handle.close();
  }
}
