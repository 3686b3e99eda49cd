import type { FileHandle } from 'node:fs/promises';
import type { BriefingSummary } from '../../common/briefing/briefing';
import { briefingIdPattern } from '../../common/briefing/briefing-id';
import { isIndexEntry } from '../../common/library/is-library-index-file';
import type { TrashEntry } from '../../common/library/library-types';
import {
  type LibraryIndexHeader,
  libraryIndexHeaderSchema,
  trashEntrySchema,
} from '../../common/library/stored-library-files';
import { CorruptFileError } from '../storage/corrupt-file-error';
import { openStoredFile } from '../storage/open-file-without-following-links';

/** A library row plus the file state it was taken from, to notice a file changed behind the index's back. */
export interface IndexEntry {
  summary: BriefingSummary;
  fileMtimeMs: number;
  fileSize: number;
}

/** One line of `index-changes.ndjson`: a change made since `index.ndjson` was written. */
export type IndexChange =
  | { put: IndexEntry }
  | { remove: string }
  | { putTrash: TrashEntry }
  | { removeTrash: string }
  | { recent: string[] };

const megabytes = (count: number) => count * 1024 * 1024;
const maxRowsFileBytes = megabytes(512);
const maxChangesFileBytes = megabytes(64);
const chunkBytes = 256 * 1024;
/** Longer than any line the library writes (the header with a full trash included). */
const maxLineBytes = megabytes(64);
const newline = 0x0a;

/** Opens a stored index file for reading: never a link, a regular file within `maxBytes`; null when missing. */
async function openIndexFile(filePath: string, maxBytes: number): Promise<{ handle: FileHandle; size: number } | null> {
  const opened = await openStoredFile(filePath);
  if (!opened) return null;
  const info = await opened.stat();
  if (!info.isFile() || info.size > maxBytes) {
    await opened.close();
    throw new CorruptFileError(filePath, info.isFile() ? 'it is larger than an index can be' : 'it is not a file');
  }
  return { handle: opened, size: info.size };
}

function parseLine(text: string, filePath: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CorruptFileError(filePath, 'a line of it is not JSON', { cause: error });
  }
}

/** A row of `index.ndjson`, checked as strictly as the rows of the old `index.json`. */
export function parseIndexRow(text: string, filePath: string): IndexEntry {
  const value = parseLine(text, filePath) as { summary?: { id?: unknown } } | null;
  const id = value?.summary?.id;
  if (typeof id !== 'string' || !briefingIdPattern.test(id) || !isIndexEntry(value, id)) {
    throw new CorruptFileError(filePath, 'a row of it does not fit the format of the library index');
  }
  return value as IndexEntry;
}

function parseChange(text: string, filePath: string): IndexChange {
  const value = parseLine(text, filePath) as Record<string, unknown> | null;
  const refuse = () => new CorruptFileError(filePath, 'a change in it does not fit its format');
  if (typeof value !== 'object' || value === null || Object.keys(value).length !== 1) throw refuse();
  const isId = (id: unknown): id is string => typeof id === 'string' && briefingIdPattern.test(id);
  if ('put' in value) {
    const id = (value.put as { summary?: { id?: unknown } } | null)?.summary?.id;
    if (isId(id) && isIndexEntry(value.put, id)) return value as { put: IndexEntry };
  } else if ('remove' in value || 'removeTrash' in value) {
    if (isId(value.remove ?? value.removeTrash)) return value as IndexChange;
  } else if ('putTrash' in value) {
    const parsed = trashEntrySchema.safeParse(value.putTrash);
    if (parsed.success) return { putTrash: parsed.data };
  } else if ('recent' in value) {
    const { recent } = value;
    if (Array.isArray(recent) && recent.length <= 50 && recent.every(isId)) return { recent };
  }
  throw refuse();
}

/** Reads `index.ndjson` line by line from its start: the header first, then rows in chunks. */
export class IndexRowsReader {
  readonly #filePath: string;
  readonly #handle: FileHandle;
  readonly #size: number;
  #position = 0;
  /** Bytes read and not yet split into lines. */
  #pending: Buffer = Buffer.alloc(0);
  /** The first parts of a line still being read. */
  #partial: Buffer[] = [];
  #partialBytes = 0;
  /**
   * One copy of each value that repeats from row to row (a few dozen desks, places, tags and
   * authors across 50,000 rows): `JSON.parse` makes a new string for every occurrence.
   */
  readonly #shared = new Map<string, string>();

  private constructor(filePath: string, handle: FileHandle, size: number) {
    this.#filePath = filePath;
    this.#handle = handle;
    this.#size = size;
  }

  /** Null when the file does not exist; rejects with `CorruptFileError` when its header is refused. */
  static async open(filePath: string): Promise<{ reader: IndexRowsReader; header: LibraryIndexHeader } | null> {
    const opened = await openIndexFile(filePath, maxRowsFileBytes);
    if (!opened) return null;
    const reader = new IndexRowsReader(filePath, opened.handle, opened.size);
    try {
      const [first] = await reader.#lines(1);
      const parsed = libraryIndexHeaderSchema.safeParse(first === undefined ? null : parseLine(first, filePath));
      if (!parsed.success) throw new CorruptFileError(filePath, 'its first line is not the header of a library index');
      return { reader, header: parsed.data };
    } catch (error) {
      await reader.close();
      throw error;
    }
  }

  /** Up to `count` more rows; fewer only at the end of the file. */
  async rows(count: number): Promise<IndexEntry[]> {
    return (await this.#lines(count)).map((line) => this.#shareRepeated(parseIndexRow(line, this.#filePath)));
  }

  /** Points a row's status, desk, place, tags and authors at one kept copy of each value. */
  #shareRepeated(entry: IndexEntry): IndexEntry {
    const { summary } = entry;
    summary.status = this.#share(summary.status);
    summary.desk = this.#share(summary.desk);
    summary.datelinePlace = this.#share(summary.datelinePlace);
    for (const [position, tag] of summary.tags.entries()) summary.tags[position] = this.#share(tag);
    for (const [position, author] of summary.authors.entries()) summary.authors[position] = this.#share(author);
    return entry;
  }

  #share<Text extends string>(text: Text): Text {
    const kept = this.#shared.get(text);
    if (kept !== undefined) return kept as Text;
    this.#shared.set(text, text);
    return text;
  }

  get done(): boolean {
    return this.#position >= this.#size && this.#pending.length === 0 && this.#partialBytes === 0;
  }

  close(): Promise<void> {
    return this.#handle.close();
  }

  async #lines(count: number): Promise<string[]> {
    const lines: string[] = [];
    while (lines.length < count) {
      const end = this.#pending.indexOf(newline);
      if (end >= 0) {
        const tail = this.#pending.subarray(0, end);
        const line = this.#partial.length > 0 ? Buffer.concat([...this.#partial, tail]) : tail;
        this.#partial = [];
        this.#partialBytes = 0;
        lines.push(line.toString('utf8'));
        this.#pending = this.#pending.subarray(end + 1);
        continue;
      }
      // The start of a line whose end is in a later chunk: kept aside, never searched again.
      if (this.#pending.length > 0) {
        this.#partial.push(this.#pending);
        this.#partialBytes += this.#pending.length;
        if (this.#partialBytes > maxLineBytes) {
          throw new CorruptFileError(this.#filePath, 'a line of it is longer than any the library writes');
        }
        this.#pending = Buffer.alloc(0);
      }
      if (this.#position >= this.#size) {
        if (this.#partialBytes > 0) throw new CorruptFileError(this.#filePath, 'it ends in the middle of a row');
        break;
      }
      const chunk = Buffer.alloc(Math.min(chunkBytes, this.#size - this.#position));
      const { bytesRead } = await this.#handle.read(chunk, 0, chunk.length, this.#position);
      if (bytesRead === 0) throw new CorruptFileError(this.#filePath, 'it was cut short while it was read');
      this.#position += bytesRead;
      this.#pending = chunk.subarray(0, bytesRead);
    }
    return lines;
  }
}

/**
 * The changes appended since `index.ndjson` was written; [] when there are none. A last
 * line cut short (a crash while appending) is left out; any other damage is refused.
 */
export async function readIndexChanges(filePath: string): Promise<IndexChange[]> {
  const opened = await openIndexFile(filePath, maxChangesFileBytes);
  if (!opened) return [];
  let text: string;
  try {
    const bytes = Buffer.alloc(opened.size);
    const { bytesRead } = await opened.handle.read(bytes, 0, opened.size, 0);
    text = bytes.toString('utf8', 0, bytesRead);
  } finally {
    await opened.handle.close();
  }
  const lines = text.split('\n');
  const last = lines.pop() ?? '';
  const changes = lines.filter((line) => line !== '').map((line) => parseChange(line, filePath));
  // Only a last line without its line break can be an interrupted append.
  if (last !== '') {
    try {
      changes.push(parseChange(last, filePath));
    } catch {}
  }
  return changes;
}

export const serializeIndexHeader = (header: LibraryIndexHeader) => `${JSON.stringify(header)}\n`;
export const serializeIndexRow = (entry: IndexEntry) => `${JSON.stringify(entry)}\n`;
export const serializeIndexChange = (change: IndexChange) => `${JSON.stringify(change)}\n`;
