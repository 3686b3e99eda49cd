import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { CorruptFileError } from './corrupt-file-error';
import { writeFileDurably } from './write-file-durably';

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

  constructor(filePath: string) {
    this.filePath = filePath;
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

  write(data: T): Promise<void> {
    this.#latest = data;
    if (this.#queued) return this.#queued;
    const queued = this.#tail.then(() => {
      this.#queued = undefined;
      return writeFileDurably(this.filePath, `${JSON.stringify(this.#latest, null, 2)}\n`);
    });
    this.#queued = queued;
    this.#tail = queued.catch(() => undefined);
    return queued;
  }
}
