import { Low } from 'lowdb';
import type { BriefingSummary } from '../../common/briefing/briefing';
import type { TrashEntry } from '../../common/library/library-types';
import { CorruptFileError } from '../storage/corrupt-file-error';
import { DurableJsonFile } from '../storage/durable-json-file';

/** A library row plus the file state it was taken from, to notice a file changed behind the index's back. */
export interface IndexEntry {
  summary: BriefingSummary;
  fileMtimeMs: number;
  fileSize: number;
}

interface IndexData {
  version: 2;
  briefings: Record<string, IndexEntry>;
  trash: Record<string, TrashEntry>;
  /** Ids of the briefings opened last, newest first. */
  recent: string[];
}

const recentLimit = 5;
const persistDelayMs = 500;

function isIndexData(value: unknown): value is IndexData {
  if (typeof value !== 'object' || value === null) return false;
  const data = value as Partial<IndexData>;
  return (
    data.version === 2 &&
    typeof data.briefings === 'object' &&
    data.briefings !== null &&
    typeof data.trash === 'object' &&
    data.trash !== null &&
    Array.isArray(data.recent)
  );
}

/**
 * The small lowdb index of briefing summaries. It is only a cache of the
 * briefing files, so writes are batched and never fail a save.
 */
export class LibraryIndex {
  readonly #db: Low<IndexData>;
  #timer: NodeJS.Timeout | undefined;
  #pending: Promise<void> = Promise.resolve();
  /** Goes up with every change to the briefings' summaries, so derived lists can be cached. */
  generation = 0;

  private constructor(db: Low<IndexData>) {
    this.#db = db;
  }

  /** Loads the index; `loaded` is false when it was missing or damaged and starts empty. */
  static async open(filePath: string): Promise<{ index: LibraryIndex; loaded: boolean }> {
    const file = new DurableJsonFile<IndexData>(filePath);
    const db = new Low<IndexData>(file, { version: 2, briefings: {}, trash: {}, recent: [] });
    let stored: unknown = null;
    try {
      stored = await file.read();
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error;
    }
    const loaded = isIndexData(stored);
    if (isIndexData(stored)) db.data = stored;
    return { index: new LibraryIndex(db), loaded };
  }

  get briefings(): Readonly<Record<string, IndexEntry>> {
    return this.#db.data.briefings;
  }

  get trash(): Readonly<Record<string, TrashEntry>> {
    return this.#db.data.trash;
  }

  summaries(): BriefingSummary[] {
    return Object.values(this.#db.data.briefings).map((entry) => entry.summary);
  }

  put(summary: BriefingSummary, file: { mtimeMs: number; size: number }): void {
    this.#db.data.briefings[summary.id] = { summary, fileMtimeMs: file.mtimeMs, fileSize: file.size };
    this.generation += 1;
    this.#schedule();
  }

  remove(id: string): void {
    delete this.#db.data.briefings[id];
    this.generation += 1;
    this.#db.data.recent = this.#db.data.recent.filter((recentId) => recentId !== id);
    this.#schedule();
  }

  putTrash(entry: TrashEntry): void {
    this.#db.data.trash[entry.id] = entry;
    this.#schedule();
  }

  removeTrash(id: string): void {
    delete this.#db.data.trash[id];
    this.#schedule();
  }

  markOpened(id: string): void {
    this.#db.data.recent = [id, ...this.#db.data.recent.filter((recentId) => recentId !== id)].slice(0, recentLimit);
    this.#schedule();
  }

  recentIds(): string[] {
    return this.#db.data.recent.filter((id) => id in this.#db.data.briefings);
  }

  /** Writes the index now; failures are ignored because the files remain the truth. */
  flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#pending = this.#pending.then(() => this.#db.write()).catch(() => undefined);
    return this.#pending;
  }

  #schedule(): void {
    if (this.#timer) return;
    this.#timer = setTimeout(() => void this.flush(), persistDelayMs);
    this.#timer.unref();
  }
}
