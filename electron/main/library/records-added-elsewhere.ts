import { isDeepStrictEqual } from 'node:util';
import type { Briefing } from '../../common/briefing/briefing';

/**
 * True when `onDisk` is `seen` with only main-owned records added by another Briefdesk process — a
 * `briefdesk export --force` from the command line records a forced export, an unlock records who
 * unlocked — and nothing the editor owns changed: same text, same other metadata, a later revision.
 * An editor that opened `seen` may then save on top of `onDisk` without a conflict, as it does when
 * this process added the record.
 */
export function onlyRecordsAddedElsewhere(seen: Briefing, onDisk: Briefing): boolean {
  if (onDisk.id !== seen.id || onDisk.revision <= seen.revision) return false;
  const { revision: _seenRevision, updatedAt: _seenAt, metadata: seenMetadata, ...seenRest } = seen;
  const { revision: _diskRevision, updatedAt: _diskAt, metadata: diskMetadata, ...diskRest } = onDisk;
  if (!isDeepStrictEqual(seenRest, diskRest)) return false;
  const { forcedExports: seenExports, unlocked: seenUnlock, ...seenFields } = seenMetadata;
  const { forcedExports: diskExports, unlocked: diskUnlock, ...diskFields } = diskMetadata;
  if (!isDeepStrictEqual(seenFields, diskFields)) return false;
  const exportsOnlyAdded =
    diskExports.length >= seenExports.length &&
    isDeepStrictEqual(diskExports.slice(0, seenExports.length), seenExports);
  const unlockOnlyAdded = seenUnlock === null || isDeepStrictEqual(seenUnlock, diskUnlock);
  return exportsOnlyAdded && unlockOnlyAdded;
}
