import type { BriefingMetadata } from './briefing-metadata';

/**
 * The metadata a save from the editor writes: its own fields, with the records only main writes
 * (forced exports, the unlock) taken from the stored briefing, so an editor that opened the
 * briefing before a record was added cannot erase it. An unlock lasts until the status changes.
 */
export function keepMainOwnedRecords(stored: BriefingMetadata, incoming: BriefingMetadata): BriefingMetadata {
  return {
    ...incoming,
    forcedExports: stored.forcedExports,
    unlocked: incoming.status === stored.status ? stored.unlocked : null,
  };
}
