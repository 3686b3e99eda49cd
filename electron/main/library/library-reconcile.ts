import { lstat, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { briefingIdSchema } from '../../common/briefing/briefing';
import { assertInsideFolder, pathInFolder } from '../storage/contained-path';
import { CorruptFileError } from '../storage/corrupt-file-error';
import { quarantineWithNotice } from '../storage/quarantine-file';
import { StoredPathError } from '../storage/stored-path-error';
import { NewerFormatError } from './briefing-files';
import type { LibraryContext } from './library-context';
import { summarizeBriefing } from './summarize-briefing';

const temporaryFile = /^\..+\.[0-9a-f]{12}\.tmp$/;

/** Removes temporary files left by a write that a crash interrupted: they were never the truth. */
async function removeInterruptedWrites(folder: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  await Promise.all(
    names.filter((name) => temporaryFile.test(name)).map((name) => rm(path.join(folder, name), { force: true })),
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

/** Each file's state, or the error of looking at it; a batch at a time, a turn of the event loop between. */
async function lookAtFiles(
  filePaths: string[],
): Promise<({ mtimeMs: number; size: number; isFile: boolean } | Error)[]> {
  const states: ({ mtimeMs: number; size: number; isFile: boolean } | Error)[] = [];
  for (let start = 0; start < filePaths.length; start += looksAtOnce) {
    const batch = filePaths.slice(start, start + looksAtOnce).map((filePath) =>
      lstat(filePath).then(
        (entry) => ({ mtimeMs: entry.mtimeMs, size: entry.size, isFile: entry.isFile() }),
        (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
      ),
    );
    states.push(...(await Promise.all(batch)));
  }
  return states;
}

/**
 * Brings the index in line with the briefing files, which are the truth: files
 * new or changed since their index entry (by modification time and size) are
 * read again, entries without a file dropped, damaged files quarantined with a notice.
 * It runs after the library is shown: the files are looked at off main's thread.
 */
export async function reconcileLibrary(context: LibraryContext): Promise<void> {
  const { files, index, paths, notices } = context;
  await Promise.all([paths.trash, paths.journal, paths.history].map((folder) => mkdir(folder, { recursive: true })));
  await Promise.all([paths.briefings, paths.journal, paths.trash, paths.root].map(removeInterruptedWrites));
  await settleInterruptedMigrations(context);
  await index.loaded();
  const ids = await files.listIds();
  const present = new Set(ids);
  let changed = !index.trusted;
  const states = await lookAtFiles(ids.map((id) => files.filePath(id)));
  for (const [position, id] of ids.entries()) {
    if (position % 2000 === 1999) await new Promise((resolve) => setImmediate(resolve));
    const filePath = files.filePath(id);
    const file = states[position];
    if (!file || file instanceof Error || !file.isFile) {
      present.delete(id);
      if (file && !(file instanceof Error)) {
        await setAside(context, filePath);
      }
      continue;
    }
    const entry = index.entry(id);
    if (entry && entry.fileMtimeMs === file.mtimeMs && entry.fileSize === file.size) continue;
    changed = true;
    try {
      const briefing = await files.read(id);
      if (!briefing) {
        present.delete(id);
        continue;
      }
      index.put(summarizeBriefing(briefing), await stat(filePath));
    } catch (error) {
      present.delete(id);
      if (error instanceof NewerFormatError) {
        notices.push({
          level: 'warning',
          message: `${filePath} was written by a newer version of Briefdesk and is left as it is. Update Briefdesk to open it.`,
        });
        continue;
      }
      if (!(error instanceof CorruptFileError || error instanceof StoredPathError)) throw error;
      await setAside(context, filePath);
    }
  }
  for (const id of index.ids()) {
    if (!present.has(id)) {
      index.remove(id);
      changed = true;
    }
  }
  if (changed) await index.flush();
}
