import { constants } from 'node:fs';
import { type FileHandle, lstat, open } from 'node:fs/promises';
import { CorruptFileError } from './corrupt-file-error';

// Refuses a symbolic link at the last path segment atomically where the platform can; Windows has no
// O_NOFOLLOW, so there an lstat just before the open refuses it.
const readWithoutFollowingFlags = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0);
// Stryker disable all: the Windows-only path; where O_NOFOLLOW exists its mutants cannot be told apart.
const isLinkWithoutNoFollow = async (filePath: string) =>
  constants.O_NOFOLLOW === undefined &&
  (await lstat(filePath).then(
    (entry) => entry.isSymbolicLink(),
    () => false,
  ));
// Stryker restore all

/**
 * Opens a stored file for reading, never through a symbolic link at its last segment:
 * resolves to 'link' for a link and rejects as `open` does otherwise (ENOENT, ELOOP for a link
 * refused by O_NOFOLLOW).
 */
export async function openFileWithoutFollowingLinks(filePath: string): Promise<FileHandle | 'link'> {
  // Stryker disable next-line all: the Windows-only path, as above.
  if (await isLinkWithoutNoFollow(filePath)) return 'link';
  return open(filePath, readWithoutFollowingFlags);
}

/**
 * Opens a stored file the library reads back: null when it does not exist, and a `CorruptFileError`
 * when a symbolic link stands in its place (planted in a synced folder, for example).
 */
export async function openStoredFile(filePath: string): Promise<FileHandle | null> {
  let opened: FileHandle | 'link';
  try {
    opened = await openFileWithoutFollowingLinks(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    if (code === 'ELOOP') throw new CorruptFileError(filePath, 'it is a symbolic link', { cause: error });
    throw error;
  }
  // Stryker disable next-line all: only Windows, without O_NOFOLLOW, reports a link this way.
  if (opened === 'link') throw new CorruptFileError(filePath, 'it is a symbolic link');
  return opened;
}
