import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { StoredJournalEntry } from '../../common/library/stored-library-files';
import { assertInsideFolder, pathInFolder } from '../storage/contained-path';
import { StoredJsonFile } from '../storage/stored-json-file';
import { journalEntryText } from './journal-entry-text';
import { briefingIdsInListing, checkedBriefingId } from './library-paths';
import { journalEntryFormat } from './stored-library-formats';

/** Unsaved text of one briefing, as the editor last sent it; `writtenAt` is when main received it. */
export type JournalEntry = StoredJournalEntry;

/**
 * The recovery journal: `journal/<id>.json`, written durably and coalesced on
 * every keystroke pause, cleared once the same text is saved.
 */
export class RecoveryJournal {
  readonly folder: string;
  readonly #files = new Map<string, StoredJsonFile<JournalEntry>>();
  /** Counts writes per briefing, so a save only clears text it has itself saved. */
  readonly #generations = new Map<string, number>();

  constructor(folder: string) {
    this.folder = folder;
  }

  /** The file of briefing `id`; the id must pass its schema. */
  filePath(id: string): string {
    return pathInFolder(this.folder, `${checkedBriefingId(this.folder, id)}.json`);
  }

  #file(id: string): StoredJsonFile<JournalEntry> {
    let file = this.#files.get(id);
    if (!file) {
      file = new StoredJsonFile(this.filePath(id), journalEntryFormat, { serialize: journalEntryText });
      this.#files.set(id, file);
    }
    return file;
  }

  /** Resolves once the text is durably on disk (or a newer text of the same briefing is). */
  async write(entry: Omit<JournalEntry, 'writtenAt'>, now = new Date()): Promise<{ writtenAt: string }> {
    this.#generations.set(entry.briefingId, this.generation(entry.briefingId) + 1);
    const writtenAt = now.toISOString();
    await mkdir(this.folder, { recursive: true });
    await assertInsideFolder(this.folder, this.filePath(entry.briefingId), path.dirname(this.folder));
    await this.#file(entry.briefingId).write({ ...entry, writtenAt });
    return { writtenAt };
  }

  /** A counter that changes with every write for `id`. */
  generation(id: string): number {
    return this.#generations.get(id) ?? 0;
  }

  /** Removes the entry unless newer text arrived after `generation` was taken (even while it is being removed). */
  async clear(id: string, generation = this.generation(id)): Promise<void> {
    if (this.generation(id) !== generation) return;
    await assertInsideFolder(this.folder, this.filePath(id), path.dirname(this.folder));
    await this.#file(id).remove(() => this.generation(id) === generation);
  }

  /**
   * After a save of briefing `id` from `fromRevision` to `toRevision`: removes the entry if nothing
   * arrived since `generation`; otherwise the text that arrived during the save was typed on top of
   * what was saved, so its entry is moved on to `toRevision` (unless newer text overtakes it).
   */
  async saved(id: string, generation: number, fromRevision: number, toRevision: number): Promise<void> {
    if (this.generation(id) === generation) return this.clear(id, generation);
    await this.moveOn(id, fromRevision, toRevision);
  }

  /** Moves the entry typed on `fromRevision`, if that is still the one on disk, on to `toRevision`. */
  async moveOn(id: string, fromRevision: number, toRevision: number): Promise<void> {
    await this.#file(id).settled();
    const before = this.generation(id);
    const entry = await this.#file(id)
      .read()
      .catch(() => null);
    if (!entry || entry.revision !== fromRevision || this.generation(id) !== before) return;
    await this.#file(id).write({ ...entry, revision: toRevision });
  }

  /** Every entry on disk; damaged ones, and `.json` files not named by a briefing id, are reported with their path. */
  async readAll(): Promise<{ entries: JournalEntry[]; damaged: string[] }> {
    let names: string[];
    try {
      names = await readdir(this.folder);
    } catch {
      return { entries: [], damaged: [] };
    }
    const entries: JournalEntry[] = [];
    const damaged: string[] = [];
    const ids = briefingIdsInListing(names);
    for (const name of names) {
      if (name.endsWith('.json') && !name.startsWith('.') && !ids.includes(name.slice(0, -5))) {
        damaged.push(pathInFolder(this.folder, name));
      }
    }
    for (const id of ids) {
      try {
        const entry = await this.#file(id).read();
        if (entry && entry.briefingId === id) entries.push(entry);
        else if (entry) damaged.push(this.filePath(id));
      } catch {
        damaged.push(this.filePath(id));
      }
    }
    return { entries, damaged };
  }
}
