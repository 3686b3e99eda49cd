import type { z } from 'zod';

/** How one kind of stored JSON file is checked when it is read. */
export interface StoredJsonFormat<T> {
  /** What the file holds, for messages: "the library index". */
  what: string;
  /** The schema from `electron/common` that the (migrated) data must pass. */
  schema: z.ZodType<T>;
  /** Larger files are refused before they are read. */
  maxBytes: number;
  /** Turns an older stored shape into the current one; may throw to refuse the file. */
  migrate?: (stored: unknown) => unknown;
}
