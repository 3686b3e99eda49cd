import type { RevisionEntry } from '../library/library-types';

/** How a revision is named wherever it is listed or compared: "Revision 38 “Sent to desk”". */
export function revisionLabel(entry: Pick<RevisionEntry, 'revision' | 'name'>): string {
  return entry.name ? `Revision ${entry.revision} “${entry.name}”` : `Revision ${entry.revision}`;
}
