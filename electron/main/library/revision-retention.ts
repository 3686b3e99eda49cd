import type { RevisionEntry } from '../../common/library/library-types';

const hourMs = 60 * 60 * 1000;
const dayMs = 24 * hourMs;

/**
 * Which snapshots to keep: every one from the last day, the newest of each hour
 * for a week, the newest of each day for a month, and always the newest of all.
 */
export function revisionsToKeep(entries: readonly RevisionEntry[], now: number): Set<string> {
  const newestFirst = [...entries].sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  const keep = new Set<string>();
  const buckets = new Set<string>();
  for (const entry of newestFirst) {
    const time = Date.parse(entry.savedAt);
    const age = now - time;
    let bucket: string | undefined;
    if (age <= dayMs) bucket = entry.revisionId;
    else if (age <= 7 * dayMs) bucket = `hour-${Math.floor(time / hourMs)}`;
    else if (age <= 30 * dayMs) bucket = `day-${Math.floor(time / dayMs)}`;
    if (bucket === undefined || buckets.has(bucket)) continue;
    buckets.add(bucket);
    keep.add(entry.revisionId);
  }
  const newest = newestFirst[0];
  if (newest) keep.add(newest.revisionId);
  return keep;
}
