import { contentJsonTextOf } from '../../common/document/content-json-text';
import type { StoredJournalEntry } from '../../common/library/stored-library-files';

/**
 * A journal entry's compact JSON text. A body the editor sent as one JSON text is written as it came, already
 * parsed and checked, instead of being serialized again on main's thread: the file holds the same values.
 */
export function journalEntryText(entry: StoredJournalEntry): string {
  const { content, ...fields } = entry;
  const contentText = contentJsonTextOf(content);
  if (contentText === undefined) return JSON.stringify(entry);
  const fieldsText = JSON.stringify(fields);
  return fieldsText === '{}' ? `{"content":${contentText}}` : `${fieldsText.slice(0, -1)},"content":${contentText}}`;
}
