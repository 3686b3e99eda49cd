import { readFile, rm } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { CorruptFileError } from './corrupt-file-error';
import { writeFileDurably } from './write-file-durably';

export interface DurableJsonFileOptions<T> {
  indent?: number;
  serialize?: (data: T) => string;
}

/**
 * A lowdb adapter for one JSON file. Unlike lowdb's own, writes are durable
 * (fsync before and after the rename) and coalesce: while one write runs,
 * later calls share a single follow-up write of the newest data.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  readonly filePath: string;
  #latest: T | undefined;
  #queued: Promise<void> | undefined;
  #tail: Promise<void> = Promise.resolve();

  readonly #serialize: (data: T) => string;

  /** `indent: 0` writes compact JSON, for large files written often; `serialize`, when given, writes the JSON text instead. */
  constructor(filePath: string, { indent = 2, serialize }: DurableJsonFileOptions<T> = {}) {
    this.filePath = filePath;
    this.#serialize = serialize ?? ((data) => JSON.stringify(data, null, indent || undefined));
  }

  /** Resolves to `null` when the file does not exist; rejects with `CorruptFileError` when it is not JSON. */
  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.filePath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    try {
      return JSON.parse(text) as T;
    } catch (error) {
      throw new CorruptFileError(this.filePath, 'it is not valid JSON', { cause: error });
    }
  }

  /** Resolves once every write asked for so far has finished, whether it succeeded or not. */
  settled(): Promise<void> {
    return this.#tail;
  }

  /**
   * Removes the file after the writes asked for so far, if `wanted()` still says so when its turn comes;
   * a write asked for later follows the removal, so a removal never takes away newer data.
   */
  remove(wanted: () => boolean = () => true): Promise<void> {
    const removal = this.#tail.then(async () => {
      if (wanted()) await rm(this.filePath, { force: true });
    });
    this.#queued = undefined;
    this.#tail = removal.catch(() => undefined);
    return removal;
  }

  write(data: T): Promise<void> {
    this.#latest = data;
    if (this.#queued) return this.#queued;
    const queued = this.#tail.then(async () => {
      this.#queued = undefined;
      await writeFileDurably(this.filePath, `${this.#serialize(this.#latest as T)}\n`);
    });
    this.#queued = queued;
    this.#tail = queued.catch(() => undefined);
    return queued;
  }
}
