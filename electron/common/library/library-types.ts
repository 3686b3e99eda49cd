import type { Briefing, BriefingSummary } from '../briefing/briefing';
import type { BriefingStatus } from '../briefing/briefing-metadata';
import type { MetadataChange } from './metadata-changes';

/** Why a revision snapshot was taken. */
export const revisionReasons = [
  'created',
  'editing',
  'status-change',
  'before-restore',
  'restored',
  'recovered',
  'before-conflict-choice',
  'conflict-choice',
  'named',
  'forced-export',
  'unlocked',
] as const;

export type RevisionReason = (typeof revisionReasons)[number];

/** One stored revision of a briefing, as the history panel lists it. */
export interface RevisionEntry {
  /** Stable id of the snapshot, e.g. `20261126T101500123Z-r12`. */
  revisionId: string;
  revision: number;
  savedAt: string;
  reason: RevisionReason;
  title: string;
  wordCount: number;
  /** A name the user or a status change gave this version, e.g. "Sent to desk"; kept whatever its age. */
  name?: string;
}

/** A run of text in a diff between a revision and the current text. */
export interface TextDiffPart {
  kind: 'added' | 'removed' | 'same';
  text: string;
}

/** A word-level comparison: what the current text adds to, and removes from, the revision. */
export interface RevisionDiff {
  revisionId: string;
  parts: TextDiffPart[];
  addedWords: number;
  removedWords: number;
}

/** A briefing in the trash. */
export interface TrashEntry extends BriefingSummary {
  trashedAt: string;
}

/** A run of a snippet or title; `match` marks a search hit. */
export interface HighlightedText {
  text: string;
  match: boolean;
}

export const librarySortKeys = ['relevance', 'title', 'status', 'tags', 'desk', 'updatedAt', 'wordCount'] as const;
export type LibrarySortKey = (typeof librarySortKeys)[number];

export interface LibraryFilters {
  status?: BriefingStatus;
  tag?: string;
  desk?: string;
}

/** One row of a library listing or search. */
export interface LibraryHit {
  briefing: BriefingSummary;
  /** 0 when there was no query. */
  score: number;
  title: HighlightedText[];
  /** Text around the first matches in the body or metadata; empty when there was no query. */
  snippet: HighlightedText[];
}

export interface LibrarySearchResult {
  hits: LibraryHit[];
  /** All matching briefings, before `limit`. */
  total: number;
  /** Every status, tag and desk in the library, to fill the filter menus. */
  facets: { tags: string[]; desks: string[] };
}

/** What `assets.store` answers: the source to put in a figure. */
export interface StoredAsset {
  source: string;
  byteLength: number;
  /** True when the same image was already stored. */
  alreadyStored: boolean;
}

/** The outcome of resolving a conflict with a version changed elsewhere. */
export interface ConflictResolution {
  briefing: Briefing;
  /** The version not kept, as a new briefing "… (conflict copy)"; null when it was discarded or its file removed. */
  conflictCopy: BriefingSummary | null;
}

/** What restoring a revision would change: the text always, each listed metadata field only if chosen. */
export interface RestoreChoices {
  entry: RevisionEntry;
  /** Fields whose value in the revision differs from the current one. */
  metadataChanges: MetadataChange[];
}

/** Unsaved text found at start, newer than the saved briefing: offered, never applied by itself. */
export interface RecoveredText {
  briefingId: string;
  /** The saved revision the text was typed on. */
  revision: number;
  /** When it reached the recovery journal. */
  writtenAt: string;
  /** What the unsaved text adds to and removes from the saved version, word by word. */
  parts: TextDiffPart[];
  addedWords: number;
  removedWords: number;
  /** Metadata typed but not saved. */
  metadataChanges: MetadataChange[];
}

/** Both sides of a conflict, for the editor to show before the user chooses. */
export interface ConflictInfo {
  /** The version in the file now, written by another program or machine; null if the file was removed. */
  onDisk: BriefingSummary | null;
  /** The version this app last read or wrote. */
  lastSeen: { revision: number; updatedAt: string; title: string } | null;
}

/** A revision as the history panel shows it when viewed. */
export interface RevisionView {
  entry: RevisionEntry;
  briefing: Briefing;
}
