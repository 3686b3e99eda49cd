import { deepEqual } from 'fast-equals';
import type { BriefingContent } from '../document/briefing-content';
import { UserFacingError } from '../user-facing-error';
import type { Briefing } from './briefing';
import type { BriefingMetadata, BriefingStatus } from './briefing-metadata';

/** Statuses whose briefings are read-only until someone unlocks them. */
export const lockedStatuses: readonly BriefingStatus[] = ['approved', 'published'];

/** True while an approved or published briefing has not been unlocked. */
export function isLockedForEditing(metadata: Pick<BriefingMetadata, 'status' | 'unlocked'>): boolean {
  return lockedStatuses.includes(metadata.status) && metadata.unlocked === null;
}

/** The metadata a locked briefing keeps: everything but its status and the records main writes. */
function fieldsKeptWhileLocked(metadata: BriefingMetadata) {
  const { status: _status, unlocked: _unlocked, forcedExports: _forcedExports, ...kept } = metadata;
  return kept;
}

/**
 * Why a save may not write `content` and `metadata` over the stored briefing, or `undefined` when it may:
 * a locked briefing takes a change of status, and nothing else.
 */
export function lockedEditRefusal(
  stored: Briefing,
  content: BriefingContent,
  metadata: BriefingMetadata,
): string | undefined {
  if (!isLockedForEditing(stored.metadata)) return undefined;
  const unchanged =
    deepEqual(stored.content, content) &&
    deepEqual(fieldsKeptWhileLocked(stored.metadata), fieldsKeptWhileLocked(metadata));
  if (unchanged) return undefined;
  const title = stored.metadata.title.trim() ? `“${stored.metadata.title.trim()}”` : 'This briefing';
  return `${title} is ${stored.metadata.status} and read-only, so this change was not saved. Start a new update from it, or unlock it for editing (Briefdesk records who unlocked it and when).`;
}

/**
 * Throws `locked`, with the sentence, when `next` would change a locked briefing stored as `stored`: every
 * path that writes over a stored briefing (a save, a restore, a recovery, a conflict choice) calls it before
 * anything else it does, and the store's last gate calls it again.
 */
export function refuseLockedEdit(stored: Briefing, next: Pick<Briefing, 'content' | 'metadata'>): void {
  const refusal = lockedEditRefusal(stored, next.content as BriefingContent, next.metadata);
  if (refusal) throw new UserFacingError('locked', refusal);
}
