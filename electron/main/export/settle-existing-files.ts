import { lstat } from 'node:fs/promises';
import path from 'node:path';
import type { ExistingFilePolicy } from '../../common/export/export-request';
import { UserFacingError } from '../../common/user-facing-error';

const exists = async (filePath: string) => (await lstat(filePath).catch(() => undefined)) !== undefined;

/** `name.pdf` → `name-2.pdf`, `name-3.pdf`…: the first name neither on disk nor taken earlier in this export. */
async function nextFreeName(filePath: string, taken: ReadonlySet<string>): Promise<string> {
  const extension = path.extname(filePath);
  const stem = filePath.slice(0, filePath.length - extension.length);
  for (let counter = 2; ; counter += 1) {
    const candidate = `${stem}-${counter}${extension}`;
    if (!taken.has(candidate) && !(await exists(candidate))) return candidate;
  }
}

/**
 * Decides, before anything is rendered, where each file of an export goes when a file of that name is
 * already there: never over it silently. `ask` refuses with `already-exists` and a sentence naming the
 * files, `replace` keeps the paths, `keep-both` moves each clash to the next free numbered name.
 */
export async function settleExistingFiles(filePaths: readonly string[], policy: ExistingFilePolicy): Promise<string[]> {
  if (policy === 'replace') return [...filePaths];
  const clashes = new Set<string>();
  for (const filePath of filePaths) if (await exists(filePath)) clashes.add(filePath);
  if (clashes.size === 0) return [...filePaths];
  if (policy === 'ask') {
    const [first] = clashes;
    const folder = path.dirname(first as string);
    throw new UserFacingError(
      'already-exists',
      clashes.size === 1
        ? `“${path.basename(first as string)}” already exists in ${folder}.`
        : `${clashes.size} of the files to export already exist in ${folder}.`,
    );
  }
  const settled: string[] = [];
  const taken = new Set(filePaths);
  for (const filePath of filePaths) {
    const free = clashes.has(filePath) ? await nextFreeName(filePath, taken) : filePath;
    taken.add(free);
    settled.push(free);
  }
  return settled;
}
