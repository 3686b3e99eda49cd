import type { BriefingMetadata } from '../briefing/briefing-metadata';

/** What the pre-export check looks for. */
export const checkFindingKinds = [
  'claim-false',
  'claim-unverified',
  'key-figure-without-source',
  'key-figure-without-as-of',
  'as-of-stale',
  'empty-section',
  'guidance-left',
  'empty-list-item',
  'figure-without-image',
  'figure-without-caption',
  'figure-without-credit',
  'figure-without-alt-text',
  'bare-url-link',
  'embargo-in-force',
  'missing-dateline',
  'missing-author',
  'misspelling',
] as const;

export type CheckFindingKind = (typeof checkFindingKinds)[number];

/** Where a finding is: a place in the body (a document position and the path of child indexes to it) or a metadata field. */
export type CheckPlace =
  | { in: 'body'; position: number; path: number[]; description: string /** Where a marked span ends. */; end?: number }
  | { in: 'metadata'; field: keyof BriefingMetadata; description: string };

export interface CheckFinding {
  kind: CheckFindingKind;
  /** A sentence for the author saying what is wrong and what to do. */
  message: string;
  place: CheckPlace;
  /** True when it stops a final export of this briefing unless the author exports anyway. */
  blocking: boolean;
}

export interface CheckReport {
  findings: CheckFinding[];
  /** True when at least one finding blocks. */
  blocked: boolean;
}
