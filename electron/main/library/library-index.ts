import type { AppNotice } from '../../common/app-info';
import type { BriefingSummary } from '../../common/briefing/briefing';
import type { TrashEntry } from '../../common/library/library-types';
import type { LibraryIndexFile } from '../../common/library/stored-library-files';
import { CorruptFileError } from '../storage/corrupt-file-error';
import { quarantineWithNotice } from '../storage/quarantine-file';
import { StoredJsonFile } from '../storage/stored-json-file';
import { writeFileDurably } from '../storage/write-file-durably';
import { libraryIndexFormat } from './stored-library-formats';

/** A library row plus the file state it was taken from, to notice a file changed behind the index's back. */
export interface IndexEntry {
  summary: BriefingSummary;
  fileMtimeMs: number;
  fileSize: number;
}

const recentLimit = 5;
const persistDelayMs = 500;
const rowsPerTurn = 2000;

/**
 * The small lowdb-style index of briefing summaries. It is only a cache of the
 * briefing files, so writes are batched and never fail a save. In memory every
 * id-keyed table is a Map, so no id (`constructor`, `__proto__`) meets an inherited property.
 */
export class LibraryIndex {
  readonly #file: StoredJsonFile<LibraryIndexFile>;
  readonly #briefings: Map<string, IndexEntry>;
  readonly #trash: Map<string, TrashEntry>;
  #recent: string[];
  #timer: NodeJS.Timeout | undefined;
  #pending: Promise<void> = Promise.resolve();
  /** Goes up with every change to the briefings' summaries, so derived lists can be cached. */
  generation = 0;

  private constructor(file: StoredJsonFile<LibraryIndexFile>, data: LibraryIndexFile | null) {
    this.#file = file;
    this.#briefings = new Map(data ? Object.entries(data.briefings) : []);
    this.#trash = new Map(data ? Object.entries(data.trash) : []);
    this.#recent = data ? [...data.recent] : [];
  }

  /**
   * Loads the index; `loaded` is false when it was missing or refused and starts empty.
   * A refused index is set aside with a notice; the library rebuilds it from the files.
   */
  static async open(
    filePath: string,
    { dataDir, notices }: { dataDir: string; notices: AppNotice[] },
  ): Promise<{ index: LibraryIndex; loaded: boolean }> {
    const file = new StoredJsonFile(filePath, libraryIndexFormat);
    let stored: LibraryIndexFile | null = null;
    try {
      stored = await file.read();
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error;
      await quarantineWithNotice(
        dataDir,
        filePath,
        notices,
        (movedTo) =>
          `The library index was damaged, so Briefdesk set it aside (${movedTo}) and rebuilt it from your briefings.`,
      );
    }
    return { index: new LibraryIndex(file, stored), loaded: stored !== null };
  }

  /** The index row of a briefing in the library, if it has one. */
  entry(id: string): IndexEntry | undefined {
    return this.#briefings.get(id);
  }

  has(id: string): boolean {
    return this.#briefings.has(id);
  }

  ids(): string[] {
    return [...this.#briefings.keys()];
  }

  /** The trash row of a trashed briefing, if it has one. */
  trashEntry(id: string): TrashEntry | undefined {
    return this.#trash.get(id);
  }

  trashEntries(): TrashEntry[] {
    return [...this.#trash.values()];
  }

  summaries(): BriefingSummary[] {
    return [...this.#briefings.values()].map((entry) => entry.summary);
  }

  put(summary: BriefingSummary, file: { mtimeMs: number; size: number }): void {
    this.#briefings.set(summary.id, { summary, fileMtimeMs: file.mtimeMs, fileSize: file.size });
    this.generation += 1;
    this.#schedule();
  }

  remove(id: string): void {
    this.#briefings.delete(id);
    this.generation += 1;
    this.#recent = this.#recent.filter((recentId) => recentId !== id);
    this.#schedule();
  }

  putTrash(entry: TrashEntry): void {
    this.#trash.set(entry.id, entry);
    this.#schedule();
  }

  removeTrash(id: string): void {
    this.#trash.delete(id);
    this.#schedule();
  }

  markOpened(id: string): void {
    this.#recent = [id, ...this.#recent.filter((recentId) => recentId !== id)].slice(0, recentLimit);
    this.#schedule();
  }

  recentIds(): string[] {
    return this.#recent.filter((id) => this.#briefings.has(id));
  }

  /** Writes the index now; failures are ignored because the files remain the truth. */
  flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#pending = this.#pending.then(() => this.#write()).catch(() => undefined);
    return this.#pending;
  }

  /**
   * Writes compact JSON of the rows as they are now, serialized a few thousand at a time
   * with a turn of the event loop between, so a large library never holds main's thread.
   * Rows are replaced on change, never changed, so the copy of the list is a snapshot.
   */
  async #write(): Promise<void> {
    const rows = [...this.#briefings];
    const trash = JSON.stringify(Object.fromEntries(this.#trash));
    const recent = JSON.stringify(this.#recent);
    const parts: string[] = [];
    for (let start = 0; start < rows.length; start += rowsPerTurn) {
      if (start > 0) await new Promise((resolve) => setImmediate(resolve));
      for (const [id, entry] of rows.slice(start, start + rowsPerTurn)) {
        parts.push(`${JSON.stringify(id)}:${JSON.stringify(entry)}`);
      }
    }
    const file: string = `{"version":2,"briefings":{${parts.join(',')}},"trash":${trash},"recent":${recent}}\n`;
    await writeFileDurably(this.#file.filePath, file);
  }

  #schedule(): void {
    if (this.#timer) return;
    this.#timer = setTimeout(() => void this.flush(), persistDelayMs);
    this.#timer.unref();
  }
}
