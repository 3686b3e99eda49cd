import type { RevisionEntry } from '../../common/library/library-types';

const minuteMs = 60 * 1000;
const hourMs = 60 * minuteMs;
const dayMs = 24 * hourMs;

/** Saves further apart than this belong to different editing sessions. */
export const editingSessionGapMs = 30 * minuteMs;

/** The last snapshot of each editing session (a run of snapshots with no gap longer than `editingSessionGapMs`). */
function sessionEnds(newestFirst: readonly RevisionEntry[]): string[] {
  const ends: string[] = [];
  let newerTime: number | undefined;
  for (const entry of newestFirst) {
    const time = Date.parse(entry.savedAt);
    if (newerTime === undefined || newerTime - time > editingSessionGapMs) ends.push(entry.revisionId);
    newerTime = time;
  }
  return ends;
}

/**
 * Which snapshots to keep: every one from the last day, the newest of each hour for a week, the
 * newest of each day for a month; whatever their age, the last of every editing session, every
 * named version, and the newest of all.
 */
export function revisionsToKeep(entries: readonly RevisionEntry[], now: number): Set<string> {
  const newestFirst = [...entries].sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  const keep = new Set<string>(sessionEnds(newestFirst));
  const buckets = new Set<string>();
  for (const entry of newestFirst) {
    if (entry.name) keep.add(entry.revisionId);
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
  return keep;
}
