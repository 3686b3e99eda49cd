import { constants } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import type { AppNotice } from '../../common/app-info';
import type { BriefingSummary } from '../../common/briefing/briefing';
import type { TrashEntry } from '../../common/library/library-types';
import type { LibraryIndexFile, LibraryIndexHeader } from '../../common/library/stored-library-files';
import { CorruptFileError } from '../storage/corrupt-file-error';
import { quarantineWithNotice } from '../storage/quarantine-file';
import { readStoredJson, type StoredJsonRead } from '../storage/read-stored-json';
import { writeFileDurably } from '../storage/write-file-durably';
import {
  type IndexChange,
  type IndexEntry,
  IndexRowsReader,
  readIndexChanges,
  serializeIndexChange,
  serializeIndexHeader,
  serializeIndexRow,
} from './library-index-file';
import { compareTimes } from './library-query';
import { libraryIndexFormat } from './stored-library-formats';

export type { IndexEntry } from './library-index-file';

/** Where the index lives: `rows` (version 3), `changes` appended since, and `legacy` (version 2, migrated). */
export interface LibraryIndexPaths {
  rows: string;
  changes: string;
  legacy: string;
}

const recentLimit = 5;
/** Rows read before the library is shown: a first page (the library asks for 500 at most) with room for rows changed since. */
const headRows = 600;
/** Rows parsed per turn of the event loop while the rest loads, so main's thread is never held long. */
const rowsPerTurn = 1000;
/** Changes appended before the rows file is written again (in the background). */
const changesBeforeCompaction = 2000;
const appendFlags = constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | (constants.O_NOFOLLOW ?? 0);

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** Newest first, then by id: the order of the rows file and of the library's first pages. */
function compareEntries(a: IndexEntry, b: IndexEntry): number {
  return compareTimes(b.summary.updatedAt, a.summary.updatedAt) || compareTimes(a.summary.id, b.summary.id);
}

function count(counts: Map<string, number>, key: string, by: number): void {
  const next = (counts.get(key) ?? 0) + by;
  if (next > 0) counts.set(key, next);
  else counts.delete(key);
}

const sortedKeys = (counts: Map<string, number>, extra: readonly string[] = []) => {
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  return [...new Set([...counts.keys(), ...extra])].sort(collator.compare);
};

/**
 * The index of briefing summaries, a cache of the briefing files. On disk, `index.ndjson` holds
 * a header and one row per line, most recently updated first, and each change since it was
 * written is appended to `index-changes.ndjson` (a save appends one line, never rewrites the
 * index); the rows file is written again in the background once enough changes piled up.
 * `open` reads the header and the first rows only, so the library's first page shows at once;
 * the rest loads in the background (`loaded`), a thousand rows per turn of the event loop.
 * In memory every id-keyed table is a Map, so no id meets an inherited property.
 */
export class LibraryIndex {
  readonly #paths: LibraryIndexPaths;
  readonly #briefings = new Map<string, IndexEntry>();
  /** Every row, newest first. */
  readonly #order: IndexEntry[] = [];
  readonly #tags = new Map<string, number>();
  readonly #desks = new Map<string, number>();
  #trash = new Map<string, TrashEntry>();
  #recent: string[] = [];
  /** Before the rest is loaded: the rows older than this are not in memory yet (all are once it is ''). */
  #boundary = '';
  #headerCount = 0;
  #headerFacets: { tags: string[]; desks: string[] } = { tags: [], desks: [] };
  /** Ids put or removed while the rest loads: their rows in the file are out of date. */
  #touched: Set<string> | undefined = new Set();
  #loading: Promise<void> = Promise.resolve();
  #appending: Promise<void> = Promise.resolve();
  #changes = 0;
  /** True while `index.ndjson` holds every row as it was read or written, so with no changes there is nothing to write. */
  #rowsFileCurrent = false;
  #compacting: Promise<boolean> | undefined;
  /** Changes made while the rows file is written, appended once it is. */
  #held: string[] | undefined;
  /** False when the stored index was missing or refused: every briefing file must then be read. */
  trusted = true;
  /** Goes up with every change to the briefings' summaries, so derived lists can be cached. */
  generation = 0;

  private constructor(paths: LibraryIndexPaths) {
    this.#paths = paths;
  }

  /**
   * Opens the index: its header and first rows, and the changes since. The rest loads in the
   * background (`loaded`). A refused file is set aside with a notice; the library then
   * rebuilds the index from the briefing files (`trusted` is false). A version 2 `index.json`
   * is read whole, once, and written again as version 3.
   */
  static async open(
    paths: LibraryIndexPaths,
    { dataDir, notices }: { dataDir: string; notices: AppNotice[] },
  ): Promise<LibraryIndex> {
    const index = new LibraryIndex(paths);
    const setAside = (filePath: string) =>
      quarantineWithNotice(
        dataDir,
        filePath,
        notices,
        (movedTo) =>
          `The library index was damaged, so Briefdesk set it aside (${movedTo}) and rebuilt it from your briefings.`,
      );
    let opened: Awaited<ReturnType<typeof IndexRowsReader.open>> = null;
    try {
      opened = await IndexRowsReader.open(paths.rows);
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error;
      await setAside(paths.rows);
      await rm(paths.changes, { force: true });
      index.trusted = false;
    }
    if (opened) {
      try {
        await index.#takeHead(opened.reader, opened.header);
      } catch (error) {
        await opened.reader.close();
        if (!(error instanceof CorruptFileError)) throw error;
        index.#clear();
        await setAside(paths.rows);
        await rm(paths.changes, { force: true });
        index.trusted = false;
        opened = null;
      }
    } else if (index.trusted) {
      index.trusted = await index.#migrateLegacy(setAside);
    }
    if (opened) {
      const { reader } = opened;
      index.#loading = index.#loadRest(reader, setAside).finally(() => reader.close());
    } else index.#touched = undefined;
    return index;
  }

  /** Resolves once every row is in memory. */
  loaded(): Promise<void> {
    return this.#loading;
  }

  get size(): number {
    return this.#touched ? Math.max(this.#headerCount, this.#order.length) : this.#order.length;
  }

  /**
   * Rows `offset` to `offset + limit` of the list, newest first, and how many rows there are;
   * undefined while those rows are not all loaded yet.
   */
  page(offset: number, limit: number): { rows: BriefingSummary[]; total: number } | undefined {
    const end = offset + limit;
    if (this.#touched) {
      const last = this.#order[Math.min(end, this.#order.length) - 1];
      if (!last || !(last.summary.updatedAt > this.#boundary)) return undefined;
    }
    return { rows: this.#order.slice(offset, end).map((entry) => entry.summary), total: this.size };
  }

  /** Every tag and desk in use, sorted, for the filter menus. */
  facets(): { tags: string[]; desks: string[] } {
    if (!this.#touched) return { tags: sortedKeys(this.#tags), desks: sortedKeys(this.#desks) };
    return {
      tags: sortedKeys(this.#tags, this.#headerFacets.tags),
      desks: sortedKeys(this.#desks, this.#headerFacets.desks),
    };
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

  /** Every summary, most recently updated first. */
  summaries(): BriefingSummary[] {
    return this.#order.map((entry) => entry.summary);
  }

  put(summary: BriefingSummary, file: { mtimeMs: number; size: number }): void {
    const entry = { summary, fileMtimeMs: file.mtimeMs, fileSize: file.size };
    this.#set(entry);
    this.#touched?.add(summary.id);
    this.#record({ put: entry });
  }

  remove(id: string): void {
    this.#delete(id);
    this.#touched?.add(id);
    this.#recent = this.#recent.filter((recentId) => recentId !== id);
    this.#record({ remove: id });
  }

  putTrash(entry: TrashEntry): void {
    this.#trash.set(entry.id, entry);
    this.#record({ putTrash: entry });
  }

  removeTrash(id: string): void {
    this.#trash.delete(id);
    this.#record({ removeTrash: id });
  }

  markOpened(id: string): void {
    this.#recent = [id, ...this.#recent.filter((recentId) => recentId !== id)].slice(0, recentLimit);
    this.#record({ recent: this.#recent });
  }

  recentIds(): string[] {
    return this.#recent.filter((id) => this.#briefings.has(id));
  }

  /** Resolves once every change made so far is appended to the changes file (or failed to be: it is a cache). */
  async appended(): Promise<void> {
    await this.#appending;
  }

  /** Writes the whole index now and empties the changes; failures are ignored because the files remain the truth. */
  async flush(): Promise<void> {
    await this.#loading;
    await this.#compacting;
    await this.#appending;
    if (this.#changes === 0 && this.#rowsFileCurrent) return;
    await this.#compact();
  }

  #set(entry: IndexEntry): void {
    this.#delete(entry.summary.id);
    this.#briefings.set(entry.summary.id, entry);
    let low = 0;
    let high = this.#order.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareEntries(this.#order[middle] as IndexEntry, entry) < 0) low = middle + 1;
      else high = middle;
    }
    this.#order.splice(low, 0, entry);
    this.#countFacets(entry.summary, 1);
    this.generation += 1;
  }

  #delete(id: string): void {
    const entry = this.#briefings.get(id);
    if (!entry) return;
    this.#briefings.delete(id);
    let low = 0;
    let high = this.#order.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareEntries(this.#order[middle] as IndexEntry, entry) < 0) low = middle + 1;
      else high = middle;
    }
    while (low < this.#order.length && this.#order[low] !== entry) low += 1;
    if (low < this.#order.length) this.#order.splice(low, 1);
    this.#countFacets(entry.summary, -1);
    this.generation += 1;
  }

  #countFacets(summary: BriefingSummary, by: number): void {
    for (const tag of summary.tags) count(this.#tags, tag, by);
    if (summary.desk) count(this.#desks, summary.desk, by);
  }

  #clear(): void {
    this.#briefings.clear();
    this.#order.length = 0;
    this.#tags.clear();
    this.#desks.clear();
    this.#trash.clear();
    this.#recent = [];
    this.#headerCount = 0;
    this.#headerFacets = { tags: [], desks: [] };
    this.generation += 1;
  }

  async #takeHead(reader: IndexRowsReader, header: LibraryIndexHeader): Promise<void> {
    this.#headerCount = header.count;
    this.#headerFacets = { tags: header.tags, desks: header.desks };
    this.#trash = new Map(Object.entries(header.trash));
    this.#recent = [...header.recent];
    const rows = await reader.rows(headRows);
    for (const entry of rows) this.#adopt(entry);
    this.#boundary = reader.done ? '' : (rows.at(-1)?.summary.updatedAt ?? '');
    const changes = await readIndexChanges(this.#paths.changes).catch(async (error: unknown) => {
      // Changes are only a cache of the files too: set them aside, and the check at start corrects the rows.
      if (!(error instanceof CorruptFileError)) throw error;
      await rm(this.#paths.changes, { force: true });
      return [];
    });
    for (const change of changes) this.#apply(change);
    this.#changes = changes.length;
  }

  async #loadRest(reader: IndexRowsReader, setAside: (filePath: string) => Promise<unknown>): Promise<void> {
    try {
      while (!reader.done) {
        await nextTurn();
        for (const entry of await reader.rows(rowsPerTurn))
          if (!this.#touched?.has(entry.summary.id)) this.#adopt(entry);
      }
      this.#rowsFileCurrent = true;
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error;
      // The first rows are shown already; the index is rebuilt from the files, which are the truth.
      await setAside(this.#paths.rows);
      this.trusted = false;
    } finally {
      this.#touched = undefined;
      this.#boundary = '';
    }
  }

  /** Takes a stored row, unless the row of a change to that briefing is already in. */
  #adopt(entry: IndexEntry): void {
    if (this.#briefings.has(entry.summary.id)) return;
    this.#set(entry);
  }

  #apply(change: IndexChange): void {
    if ('put' in change) {
      this.#set(change.put);
      this.#touched?.add(change.put.summary.id);
    } else if ('remove' in change) {
      this.#delete(change.remove);
      this.#touched?.add(change.remove);
    } else if ('putTrash' in change) this.#trash.set(change.putTrash.id, change.putTrash);
    else if ('removeTrash' in change) this.#trash.delete(change.removeTrash);
    else this.#recent = change.recent;
  }

  /** Version 2 `index.json`, if there is one: read whole, written as version 3, then removed. */
  async #migrateLegacy(setAside: (filePath: string) => Promise<unknown>): Promise<boolean> {
    let stored: StoredJsonRead<LibraryIndexFile> | null;
    try {
      stored = await readStoredJson(this.#paths.legacy, libraryIndexFormat);
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error;
      await setAside(this.#paths.legacy);
      return false;
    }
    if (!stored) return false;
    const { briefings, trash, recent } = stored.value;
    for (const id in briefings) this.#adopt(briefings[id] as IndexEntry);
    this.#trash = new Map(Object.entries(trash));
    this.#recent = [...recent];
    // The old file goes only once the new one is written.
    if (await this.#compact()) await rm(this.#paths.legacy, { force: true }).catch(() => undefined);
    return true;
  }

  #record(change: IndexChange): void {
    const line = serializeIndexChange(change);
    if (this.#held) {
      this.#held.push(line);
      return;
    }
    this.#changes += 1;
    this.#appending = this.#appending.then(() => this.#append(line)).catch(() => undefined);
    if (this.#changes >= changesBeforeCompaction && !this.#touched && !this.#compacting) {
      void this.#appending.then(() => this.#compact());
    }
  }

  async #append(text: string): Promise<void> {
    const handle = await open(this.#paths.changes, appendFlags, 0o600);
    try {
      await handle.write(text);
    } finally {
      await handle.close();
    }
  }

  /**
   * Writes every row, newest first, serialized a thousand at a time with a turn of the event
   * loop between, so a large library never holds main's thread; then empties the changes.
   * Changes made meanwhile are held and appended after. Rows are replaced on change, never
   * changed, so the copy of the list is a snapshot.
   */
  #compact(): Promise<boolean> {
    this.#compacting ??= (async () => {
      this.#held = [];
      try {
        // The changes already on their way are written first, so emptying the file loses none.
        await this.#appending;
        const rows = [...this.#order];
        const header: LibraryIndexHeader = {
          version: 3,
          count: rows.length,
          ...this.facets(),
          trash: Object.fromEntries(this.#trash),
          recent: this.#recent,
        };
        const parts = [serializeIndexHeader(header)];
        for (let start = 0; start < rows.length; start += rowsPerTurn) {
          if (start > 0) await nextTurn();
          for (const entry of rows.slice(start, start + rowsPerTurn)) parts.push(serializeIndexRow(entry));
        }
        await writeFileDurably(this.#paths.rows, parts.join(''));
        await writeFileDurably(this.#paths.changes, '');
        this.#changes = 0;
        this.#rowsFileCurrent = true;
        return true;
      } catch {
        // A cache: if it cannot be written now, the changes stay and the rows are written later.
        return false;
      } finally {
        const held = this.#held ?? [];
        this.#held = undefined;
        this.#compacting = undefined;
        for (const line of held) {
          this.#changes += 1;
          this.#appending = this.#appending.then(() => this.#append(line)).catch(() => undefined);
        }
      }
    })();
    return this.#compacting;
  }
}
