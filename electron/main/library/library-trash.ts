import { readdir, rm, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import type { BriefingSummary } from '../../common/briefing/briefing';
import type { TrashEntry } from '../../common/library/library-types';
import { UserFacingError } from '../../common/user-facing-error';
import { assertInsideFolder } from '../storage/contained-path';
import { CorruptFileError } from '../storage/corrupt-file-error';
import { quarantineWithNotice } from '../storage/quarantine-file';
import { readStoredJson } from '../storage/read-stored-json';
import { toStorageError } from '../storage/storage-error';
import { describeBriefing, type LibraryContext } from './library-context';
import { briefingIdsInListing, trashFilePath } from './library-paths';
import { briefingFileFormat } from './stored-library-formats';
import { summarizeBriefing } from './summarize-briefing';

/** Items stay this long in the trash before they are removed at start. */
export const trashRetentionMs = 30 * 24 * 60 * 60 * 1000;

/** Deleting moves a briefing's file to `trash/`; its history stays until the trash is emptied. */
export class LibraryTrash {
  readonly #context: LibraryContext;

  constructor(context: LibraryContext) {
    this.#context = context;
  }

  #trashPath(id: string): string {
    return trashFilePath(this.#context.paths, id);
  }

  list(): TrashEntry[] {
    return this.#context.index.trashEntries().sort((a, b) => b.trashedAt.localeCompare(a.trashedAt));
  }

  /** Moves a briefing to the trash. Its unsaved journal text, if any, is dropped with it. */
  moveToTrash(id: string, now = new Date()): Promise<TrashEntry> {
    return this.#context.exclusive(id, async () => {
      const briefing = await this.#context.read(id);
      const { files, index, searchIndex, journal, recovered } = this.#context;
      try {
        await files.move(id, files.filePath(id), this.#trashPath(id));
        // The file's time records when it was trashed, should the index need rebuilding.
        await utimes(this.#trashPath(id), now, now);
      } catch (error) {
        throw toStorageError(error, describeBriefing(briefing), this.#context.dataDir);
      }
      const entry: TrashEntry = { ...summarizeBriefing(briefing), trashedAt: now.toISOString() };
      index.remove(id);
      index.putTrash(entry);
      searchIndex.remove(id);
      await journal.clear(id).catch(() => undefined);
      await recovered.remove(id).catch(() => undefined);
      return entry;
    });
  }

  /** Puts a trashed briefing back in the library, unchanged. */
  restore(id: string): Promise<BriefingSummary> {
    return this.#context.exclusive(id, async () => {
      const { files, index, searchIndex } = this.#context;
      if (!index.trashEntry(id)) throw new UserFacingError('not-found', 'That briefing is no longer in the trash.');
      try {
        await files.move(id, this.#trashPath(id), files.filePath(id));
      } catch (error) {
        throw toStorageError(error, 'the briefing', this.#context.dataDir);
      }
      index.removeTrash(id);
      const briefing = await this.#context.read(id);
      const file = await stat(files.filePath(id));
      const summary = summarizeBriefing(briefing);
      index.put(summary, file);
      searchIndex.put(briefing);
      return summary;
    });
  }

  /** Deletes everything in the trash, with its history. Resolves to how many briefings went. */
  async empty(): Promise<number> {
    const ids = this.#context.index.trashEntries().map((entry) => entry.id);
    for (const id of ids) await this.#remove(id);
    return ids.length;
  }

  /** Removes trashed briefings older than 30 days; run at start. */
  async purgeOlderThan30Days(now: Date): Promise<void> {
    for (const entry of this.#context.index.trashEntries()) {
      if (now.getTime() - Date.parse(entry.trashedAt) > trashRetentionMs)
        await this.#remove(entry.id).catch(() => undefined);
    }
  }

  /**
   * Rebuilds the trash part of the index from the files in `trash/`: the files are the truth,
   * and only names that are briefing ids are ever used.
   */
  async reconcile(): Promise<void> {
    const { index } = this.#context;
    const names = await readdir(this.#context.paths.trash).catch(() => [] as string[]);
    const present = new Set<string>();
    for (const id of briefingIdsInListing(names)) {
      present.add(id);
      if (index.trashEntry(id)) continue;
      const filePath = this.#trashPath(id);
      try {
        const read = await readStoredJson(filePath, briefingFileFormat(filePath));
        if (!read) continue;
        if (read.value.id !== id) throw new CorruptFileError(filePath, 'it holds a briefing with another id');
        const { mtime } = await stat(filePath);
        index.putTrash({ ...summarizeBriefing(read.value), trashedAt: mtime.toISOString() });
      } catch (error) {
        if (!(error instanceof CorruptFileError)) continue;
        present.delete(id);
        await quarantineWithNotice(
          this.#context.dataDir,
          filePath,
          this.#context.notices,
          (movedTo) => `A damaged file in the trash was set aside: ${movedTo}.`,
        );
      }
    }
    for (const entry of index.trashEntries()) if (!present.has(entry.id)) index.removeTrash(entry.id);
  }

  async #remove(id: string): Promise<void> {
    const filePath = this.#trashPath(id);
    try {
      await assertInsideFolder(path.dirname(filePath), filePath, this.#context.paths.root);
      await rm(filePath, { force: true });
      await this.#context.snapshots.removeAll(id);
    } catch (error) {
      throw toStorageError(error, 'the trash', this.#context.dataDir);
    }
    this.#context.index.removeTrash(id);
  }
}
