import { lstat, realpath } from 'node:fs/promises';
import path from 'node:path';
import { StoredPathError } from './stored-path-error';

/** A file or folder name that is one plain path segment: no separators, no `.`/`..`, no NUL. */
const plainName = /^(?!\.{1,2}$)[^/\\\0]{1,255}$/;

/**
 * Joins `folder` and `name`, refusing any name that could leave the folder. Callers pass
 * only names built from validated ids; this is the second line of defence.
 */
export function pathInFolder(folder: string, name: string): string {
  if (!plainName.test(name)) throw new StoredPathError(folder, name, 'it is not a plain file name');
  const joined = path.join(folder, name);
  if (path.dirname(joined) !== path.normalize(folder)) throw new StoredPathError(folder, name, 'it leaves its folder');
  return joined;
}

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

const missingAsUndefined = (error: unknown) => (isMissing(error) ? undefined : Promise.reject(error));

/** The value of a settled look, or its failure thrown. */
function settledValue<T>(look: PromiseSettledResult<T>): T {
  if (look.status === 'rejected') throw look.reason;
  return look.value;
}

/**
 * Checks, just before a file operation, that `target` is a direct entry of `folder`, is
 * not itself a symbolic link, and that the folder resolves inside `boundary` (the data
 * folder) with links followed. A target that does not exist yet passes.
 */
export async function assertInsideFolder(folder: string, target: string, boundary: string): Promise<void> {
  if (path.dirname(path.resolve(target)) !== path.resolve(folder)) {
    throw new StoredPathError(folder, path.basename(target), 'it leaves its folder');
  }
  // Looked at together (none of them changes anything), judged in order: the folder before the file.
  const [folderLook, boundaryLook, targetLook] = await Promise.allSettled([
    realpath(folder).catch(missingAsUndefined),
    realpath(boundary),
    lstat(target).catch(missingAsUndefined),
  ]);
  const realFolder = settledValue(folderLook);
  const realBoundary = settledValue(boundaryLook);
  if (realFolder !== undefined && realFolder !== realBoundary && !realFolder.startsWith(realBoundary + path.sep)) {
    throw new StoredPathError(folder, path.basename(target), 'its folder is a link out of the data folder');
  }
  const entry = settledValue(targetLook);
  if (entry?.isSymbolicLink()) throw new StoredPathError(folder, path.basename(target), 'it is a symbolic link');
}
