import type { SuggestionRecord } from '../../../electron/common/review/review-records';
import type { SuggestionSpan } from '../../../electron/common/review/suggestion-ranges';

/** One suggestion as the panel lists it: its parts (a replacement is a deletion and an insertion), described. */
export interface SuggestionItem {
  id: string | number;
  /** "Inserted “Odesa”", "Replaced “the” with “Odesa”", "Formatting of “grain” changed". */
  description: string;
  from: number;
  to: number;
  record: SuggestionRecord | undefined;
}

const quoted = (text: string) => `“${text.length > 60 ? `${text.slice(0, 57)}…` : text}”`;

function describe(parts: SuggestionSpan[]): string {
  const inserted = parts
    .filter((part) => part.kind === 'insertion')
    .map((part) => part.text)
    .join('');
  const deleted = parts
    .filter((part) => part.kind === 'deletion')
    .map((part) => part.text)
    .join('');
  const modified = parts.some((part) => part.kind === 'modification');
  if (inserted && deleted) {
    return inserted === deleted
      ? `Formatting of ${quoted(inserted)} changed`
      : `Replaced ${quoted(deleted)} with ${quoted(inserted)}`;
  }
  if (inserted) return `Inserted ${quoted(inserted)}`;
  if (deleted) return `Deleted ${quoted(deleted)}`;
  return modified ? `Formatting changed on ${quoted(parts.map((part) => part.text).join(''))}` : 'Empty change';
}

/** The body's suggestions grouped by id, in document order, each with its record (author and time). */
export function suggestionItems(spans: SuggestionSpan[], records: readonly SuggestionRecord[]): SuggestionItem[] {
  const byId = new Map<string | number, SuggestionSpan[]>();
  for (const span of spans) byId.set(span.id, [...(byId.get(span.id) ?? []), span]);
  return [...byId].map(([id, parts]) => ({
    id,
    description: describe(parts),
    from: Math.min(...parts.map((part) => part.from)),
    to: Math.max(...parts.map((part) => part.to)),
    record: records.find((record) => record.id === id),
  }));
}
