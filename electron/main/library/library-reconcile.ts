import { lstat, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { briefingIdSchema } from '../../common/briefing/briefing';
import { assertInsideFolder, pathInFolder } from '../storage/contained-path';
import { CorruptFileError } from '../storage/corrupt-file-error';
import { quarantineWithNotice } from '../storage/quarantine-file';
import { StoredPathError } from '../storage/stored-path-error';
import { temporaryFilePattern } from '../storage/write-file-durably';
import { NewerFormatError } from './briefing-files';
import type { LibraryContext } from './library-context';
import { listBriefingFolder } from './list-briefing-folder';
import { summarizeBriefing } from './summarize-briefing';

/**
 * A temporary file younger than this may belong to a write still under way, by this app (the check runs while
 * the library is already in use) or by the command line; one a crash left is older, or is removed at a later start.
 */
const writeInProgressMs = 60_000;

/** Removes temporary files left by a write that a crash interrupted: they were never the truth. */
async function removeInterruptedWrites(folder: string, names: string[]): Promise<void> {
  const startedBefore = Date.now() - writeInProgressMs;
  await Promise.all(
    names.map(async (name) => {
      const filePath = path.join(folder, name);
      const file = await lstat(filePath).catch(() => undefined);
      if (file && file.mtimeMs < startedBefore) await rm(filePath, { force: true });
    }),
  );
}

async function removeInterruptedWritesIn(folder: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  await removeInterruptedWrites(
    folder,
    names.filter((name) => temporaryFilePattern.test(name)),
  );
}

/** A migration interrupted by a crash: the original is back in place unless the migrated file is readable. */
async function settleInterruptedMigrations(context: LibraryContext): Promise<void> {
  const names = await readdir(context.paths.migrationBackups).catch(() => [] as string[]);
  for (const name of names) {
    const match = /^(.+)\.v\d+\.json$/.exec(name);
    const id = match?.[1];
    // Only names this app writes, `<briefing id>.v<version>.json`, are ever acted on.
    if (!id || !briefingIdSchema.safeParse(id).success) continue;
    const backup = pathInFolder(context.paths.migrationBackups, name);
    await assertInsideFolder(context.paths.migrationBackups, backup, context.paths.root);
    const readable = await context.files.read(id).then(
      (briefing) => briefing !== null,
      () => false,
    );
    if (readable) await rm(backup, { force: true });
    else {
      await assertInsideFolder(context.paths.briefings, context.files.filePath(id), context.paths.root);
      await rename(backup, context.files.filePath(id));
    }
  }
}

function setAside(context: LibraryContext, filePath: string): Promise<string> {
  return quarantineWithNotice(
    context.dataDir,
    filePath,
    context.notices,
    (movedTo) =>
      `A damaged briefing file was set aside so the library could open: ${path.basename(filePath)} is now ${movedTo}.`,
  );
}

/** Files looked at at once: the looks run in libuv's threads, main's thread only takes the answers. */
const looksAtOnce = 64;

type FileState = { mtimeMs: number; size: number; isFile: boolean } | Error;

/** Each file's state, or the error of looking at it. */
function lookAtFiles(filePaths: string[]): Promise<FileState[]> {
  return Promise.all(
    filePaths.map((filePath) =>
      lstat(filePath).then(
        (entry) => ({ mtimeMs: entry.mtimeMs, size: entry.size, isFile: entry.isFile() }),
        (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
      ),
    ),
  );
}

/**
 * Brings one file's index row in line with the file: true when the row was right. A file that
 * is no briefing file, or gone, or damaged leaves `present`.
 */
async function checkFile(
  context: LibraryContext,
  id: string,
  filePath: string,
  file: FileState,
  present: Set<string>,
): Promise<boolean> {
  const { files, index, notices } = context;
  if (file instanceof Error || !file.isFile) {
    present.delete(id);
    if (!(file instanceof Error)) await setAside(context, filePath);
    return false;
  }
  const entry = index.entry(id);
  if (entry && entry.fileMtimeMs === file.mtimeMs && entry.fileSize === file.size) return true;
  try {
    const briefing = await files.read(id);
    if (!briefing) present.delete(id);
    else index.put(summarizeBriefing(briefing), await stat(filePath));
  } catch (error) {
    present.delete(id);
    if (error instanceof NewerFormatError) {
      notices.push({
        level: 'warning',
        message: `${filePath} was written by a newer version of Briefdesk and is left as it is. Update Briefdesk to open it.`,
      });
      return false;
    }
    if (!(error instanceof CorruptFileError || error instanceof StoredPathError)) throw error;
    await setAside(context, filePath);
  }
  return false;
}

/**
 * Brings the index in line with the briefing files, which are the truth: files
 * new or changed since their index entry (by modification time and size) are
 * read again, entries without a file dropped, damaged files quarantined with a notice.
 * It runs after the library is shown; the files are looked at by libuv's threads, a few
 * dozen at a time, so main's thread only compares the answers.
 */
export async function reconcileLibrary(context: LibraryContext): Promise<void> {
  const { files, index, paths } = context;
  await Promise.all([paths.trash, paths.journal, paths.history].map((folder) => mkdir(folder, { recursive: true })));
  await Promise.all([paths.journal, paths.trash, paths.root].map(removeInterruptedWritesIn));
  await settleInterruptedMigrations(context);
  await index.loaded();
  // The briefings folder is listed once, for its ids and the writes a crash interrupted there.
  const { ids, present, interruptedWrites } = await listBriefingFolder(paths.briefings);
  await removeInterruptedWrites(paths.briefings, interruptedWrites);
  let changed = !index.trusted;
  /** Files whose row is in the index after their check. */
  let filesWithRows = 0;
  /** Listed files found gone, damaged or no briefing: their rows go. */
  const rejected = new Set<string>();
  for (let start = 0; start < ids.length; start += looksAtOnce) {
    const batch = ids.slice(start, start + looksAtOnce);
    const filePaths = batch.map((id) => files.filePath(id));
    const states = await lookAtFiles(filePaths);
    for (const [position, id] of batch.entries()) {
      const right = await checkFile(context, id, filePaths[position] as string, states[position] as FileState, present);
      if (!right) changed = true;
      if (!present.has(id)) rejected.add(id);
      else if (index.has(id)) filesWithRows += 1;
    }
  }
  // Only when some rows have no file is every row looked at (50,000 at once in a large library).
  if (filesWithRows < index.size) {
    const unlisted: string[] = [];
    for (const id of index.ids()) {
      if (present.has(id)) continue;
      if (rejected.has(id)) {
        index.remove(id);
        changed = true;
      } else unlisted.push(id);
    }
    // A briefing created while the check ran has a file the listing did not see, and a row its write put.
    for (let start = 0; start < unlisted.length; start += looksAtOnce) {
      const batch = unlisted.slice(start, start + looksAtOnce);
      const states = await lookAtFiles(batch.map((id) => files.filePath(id)));
      for (const [position, id] of batch.entries()) {
        const state = states[position];
        if (state instanceof Error || !state?.isFile) {
          index.remove(id);
          changed = true;
        }
      }
    }
  }
  if (changed) await index.flush();
}
