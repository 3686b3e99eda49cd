import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { DurableJsonFile } from '../storage/durable-json-file';

/** Unsaved text of one briefing, as the editor last sent it. */
export interface JournalEntry {
  briefingId: string;
  revision: number;
  /** When main received it. */
  writtenAt: string;
  metadata: Record<string, unknown>;
  content: { type: 'doc' };
}

/**
 * The recovery journal: `journal/<id>.json`, written durably and coalesced on
 * every keystroke pause, cleared once the same text is saved.
 */
export class RecoveryJournal {
  readonly folder: string;
  readonly #files = new Map<string, DurableJsonFile<JournalEntry>>();
  /** Counts writes per briefing, so a save only clears text it has itself saved. */
  readonly #generations = new Map<string, number>();

  constructor(folder: string) {
    this.folder = folder;
  }

  #file(id: string): DurableJsonFile<JournalEntry> {
    let file = this.#files.get(id);
    if (!file) {
      file = new DurableJsonFile<JournalEntry>(path.join(this.folder, `${id}.json`), { indent: 0 });
      this.#files.set(id, file);
    }
    return file;
  }

  /** Resolves once the text is durably on disk (or a newer text of the same briefing is). */
  async write(entry: Omit<JournalEntry, 'writtenAt'>, now = new Date()): Promise<{ writtenAt: string }> {
    this.#generations.set(entry.briefingId, this.generation(entry.briefingId) + 1);
    const writtenAt = now.toISOString();
    await mkdir(this.folder, { recursive: true });
    await this.#file(entry.briefingId).write({ ...entry, writtenAt });
    return { writtenAt };
  }

  /** A counter that changes with every write for `id`. */
  generation(id: string): number {
    return this.#generations.get(id) ?? 0;
  }

  /** Removes the entry unless newer text arrived after `generation` was taken. */
  async clear(id: string, generation = this.generation(id)): Promise<void> {
    if (this.generation(id) !== generation) return;
    await this.#file(id).settled();
    if (this.generation(id) !== generation) return;
    await rm(this.#file(id).filePath, { force: true });
  }

  /** Every entry on disk; damaged ones are reported with their path. */
  async readAll(): Promise<{ entries: JournalEntry[]; damaged: string[] }> {
    let names: string[];
    try {
      names = await readdir(this.folder);
    } catch {
      return { entries: [], damaged: [] };
    }
    const entries: JournalEntry[] = [];
    const damaged: string[] = [];
    for (const name of names) {
      if (!name.endsWith('.json') || name.startsWith('.')) continue;
      const id = name.slice(0, -5);
      try {
        const entry = await this.#file(id).read();
        if (entry && entry.briefingId === id && typeof entry.writtenAt === 'string') entries.push(entry);
        else if (entry) damaged.push(this.#file(id).filePath);
      } catch {
        damaged.push(this.#file(id).filePath);
      }
    }
    return { entries, damaged };
  }
}
