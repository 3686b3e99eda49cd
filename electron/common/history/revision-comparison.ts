import type { BriefingStatus } from '../briefing/briefing-metadata';
import type { RevisionEntry, TextDiffPart } from '../library/library-types';

/** How a block of one version relates to the other version. */
export type ComparedBlockKind = 'same' | 'changed' | 'added' | 'removed' | 'moved';

/**
 * One top-level block (a section, or a block outside sections) of one side of a comparison.
 * `parts` holds only what this side shows: unchanged text and, on the older side, what was removed
 * or, on the newer side, what was added.
 */
export interface ComparedBlock {
  kind: ComparedBlockKind;
  /** The section's heading, or the block's first words. */
  title: string;
  parts: TextDiffPart[];
  /** For a moved block: its place (1-based) among the top-level blocks of the other side. */
  otherPosition?: number;
}

/** One side of a comparison: a stored revision, or the saved briefing as it is now. */
export interface ComparedVersion {
  /** "Revision 38 “Sent to desk”", or "Current text (revision 41)". */
  label: string;
  entry?: RevisionEntry;
}

/** One metadata field whose value differs between the two versions, as a reader sees each. */
export interface ComparedField {
  field: string;
  label: string;
  older: string;
  newer: string;
}

/** Two versions of a briefing side by side: text block by block (moves shown as moves) and metadata. */
export interface RevisionComparison {
  older: ComparedVersion;
  newer: ComparedVersion;
  olderBlocks: ComparedBlock[];
  newerBlocks: ComparedBlock[];
  metadata: ComparedField[];
  addedWords: number;
  removedWords: number;
  movedBlocks: number;
}

/** The name a status change gives the version it saves, so the history shows when it went to the desk. */
export const statusVersionNames: Partial<Record<BriefingStatus, string>> = {
  'in-review': 'Sent to desk',
  approved: 'Approved',
  published: 'Published',
};
