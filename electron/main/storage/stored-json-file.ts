import { DurableJsonFile, type DurableJsonFileOptions } from './durable-json-file';
import { readStoredJson } from './read-stored-json';
import type { StoredJsonFormat } from './stored-json-format';

/**
 * A lowdb adapter for one stored JSON file of a known format: reads go through
 * `readStoredJson` (no links, bounded size, migrated, validated), writes are durable
 * and coalesced like `DurableJsonFile`'s.
 */
export class StoredJsonFile<T> extends DurableJsonFile<T> {
  readonly format: StoredJsonFormat<T>;

  constructor(filePath: string, format: StoredJsonFormat<T>, options: DurableJsonFileOptions<T> = {}) {
    super(filePath, options);
    this.format = format;
  }

  /** Resolves to null when the file does not exist; rejects with `CorruptFileError` when it is refused. */
  override async read(): Promise<T | null> {
    return (await readStoredJson(this.filePath, this.format))?.value ?? null;
  }
}
