import { randomBytes } from 'node:crypto';
import { type FileHandle, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** The folder, opened for its fsync. Windows cannot open a directory for fsync; NTFS journals the rename itself. */
function openFolder(directory: string): Promise<FileHandle> | undefined {
  if (process.platform === 'win32') return undefined;
  const opening = open(directory, 'r');
  // Handled now, so that a failure while the file is written is not an unhandled rejection; awaited after the rename.
  opening.catch(() => undefined);
  return opening;
}

/** The name of a durable write's temporary file, `.<name>.<12 hex digits>.tmp`: never the truth, only its rename is. */
export const temporaryFilePattern = /^\..+\.[0-9a-f]{12}\.tmp$/;

function temporaryPathFor(filePath: string): string {
  return path.join(path.dirname(filePath), `.${path.basename(filePath)}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Replaces `filePath` so that after a crash it holds either the old or the new
 * content, never a mix: temp file in the same folder → fsync → rename → fsync the folder.
 * Resolves to the new file's modification time and size. `whileSyncing` is run on the calling thread once the
 * file's fsync has been asked for, the longest wait on the disk; if it throws, the file is not replaced.
 */
export async function writeFileDurably(
  filePath: string,
  data: string | Uint8Array,
  whileSyncing?: () => void,
): Promise<{ mtimeMs: number; size: number }> {
  const directory = path.dirname(filePath);
  const temporary = temporaryPathFor(filePath);
  // Opened while the file is written, so that its fsync after the rename does not wait for the open.
  const folderOpening = openFolder(directory);
  let written: { mtimeMs: number; size: number };
  try {
    const handle = await open(temporary, 'wx', 0o600);
    try {
      await handle.writeFile(data);
      // The rename changes neither the file's modification time nor its size.
      const syncing = Promise.all([handle.sync(), handle.stat()]);
      try {
        whileSyncing?.();
      } finally {
        [, written] = await syncing;
      }
    } finally {
      await handle.close();
    }
    await rename(temporary, filePath);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    await folderOpening?.then((folder) => folder.close()).catch(() => undefined);
    throw error;
  }
  if (folderOpening) {
    const folder = await folderOpening;
    try {
      await folder.sync();
    } finally {
      await folder.close();
    }
  }
  return { mtimeMs: written.mtimeMs, size: written.size };
}
