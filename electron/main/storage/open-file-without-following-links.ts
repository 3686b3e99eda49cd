import { constants } from 'node:fs';
import { type FileHandle, lstat, open } from 'node:fs/promises';

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
