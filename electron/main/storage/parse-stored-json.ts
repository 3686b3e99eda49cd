import { CorruptFileError } from './corrupt-file-error';
import type { StoredJsonFormat } from './stored-json-format';

/** A `__proto__` key: JSON.parse keeps it as an own property, and copying it into an object rewires the prototype. */
const prototypeKey = /(?<!\\)"__proto__"\s*:/;

/** Reasons a stored file is refused that are not damage: the caller decides what to do. */
export class StoredFileRefusal extends Error {}

/**
 * Parses, migrates and validates the text of a stored file. Throws `CorruptFileError`
 * for anything the format refuses; a `StoredFileRefusal` from `migrate` passes through.
 */
export function parseStoredJson<T>(
  text: string,
  filePath: string,
  format: StoredJsonFormat<T>,
): { value: T; migrated: boolean } {
  if (prototypeKey.test(text)) throw new CorruptFileError(filePath, 'it holds a key named __proto__');
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch (error) {
    throw new CorruptFileError(filePath, 'it is not valid JSON', { cause: error });
  }
  let candidate = stored;
  if (format.migrate) {
    try {
      candidate = format.migrate(stored);
    } catch (error) {
      if (error instanceof StoredFileRefusal || error instanceof CorruptFileError) throw error;
      throw new CorruptFileError(filePath, `it could not be migrated (${String(error)})`, { cause: error });
    }
  }
  const parsed = format.schema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.slice(0, 6).join('.')}` : '';
    throw new CorruptFileError(filePath, `it does not fit the format of ${format.what}${where}`, {
      cause: parsed.error,
    });
  }
  return { value: parsed.data, migrated: candidate !== stored };
}
