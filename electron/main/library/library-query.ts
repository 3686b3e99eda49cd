import type { BriefingSummary } from '../../common/briefing/briefing';
import { briefingStatuses } from '../../common/briefing/briefing-metadata';
import type { LibraryFilters, LibrarySortKey } from '../../common/library/library-types';

export interface LibrarySort {
  key: LibrarySortKey;
  direction: 'ascending' | 'descending';
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** ISO 8601 times written alike compare as text, in time order, faster than a collator. */
export const compareTimes = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** True when the summary passes every filter given (tag and desk compared case-insensitively). */
export function matchesFilters(summary: BriefingSummary, filters: LibraryFilters): boolean {
  if (filters.status && summary.status !== filters.status) return false;
  if (filters.desk && collator.compare(summary.desk, filters.desk) !== 0) return false;
  if (filters.tag) {
    const tag = filters.tag;
    if (!summary.tags.some((candidate) => collator.compare(candidate, tag) === 0)) return false;
  }
  return true;
}

function compareBy(key: LibrarySortKey, a: BriefingSummary, b: BriefingSummary): number {
  switch (key) {
    case 'title':
      return collator.compare(a.title, b.title);
    case 'status':
      return briefingStatuses.indexOf(a.status) - briefingStatuses.indexOf(b.status);
    case 'tags':
      return collator.compare(a.tags.join(', '), b.tags.join(', '));
    case 'desk':
      return collator.compare(a.desk, b.desk);
    case 'wordCount':
      return a.wordCount - b.wordCount;
    default:
      return compareTimes(a.updatedAt, b.updatedAt);
  }
}

/**
 * Sorts rows by a column; `relevance` keeps the scores' order. Ties fall back
 * to the most recently updated first, so the order is stable.
 */
export function sortRows<Row extends { briefing: BriefingSummary; score: number }>(
  rows: Row[],
  sort: LibrarySort,
): Row[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows.sort((a, b) => {
    const primary = sort.key === 'relevance' ? a.score - b.score : compareBy(sort.key, a.briefing, b.briefing);
    return primary !== 0 ? sign * primary : compareTimes(b.briefing.updatedAt, a.briefing.updatedAt);
  });
}

/** Every tag and desk in use, sorted, for the filter menus. */
export function libraryFacets(summaries: readonly BriefingSummary[]): { tags: string[]; desks: string[] } {
  const tags = new Set<string>();
  const desks = new Set<string>();
  for (const summary of summaries) {
    for (const tag of summary.tags) tags.add(tag);
    if (summary.desk) desks.add(summary.desk);
  }
  return { tags: [...tags].sort(collator.compare), desks: [...desks].sort(collator.compare) };
}
