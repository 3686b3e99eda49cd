import type { SearchDocument } from './compact-search-engine';
import type { SearchDocumentOfFile } from './search-document';

/**
 * A job for the search-index worker, which holds the whole search index: main's thread
 * sends documents and queries and gets back only the few ids it shows. Lists of ids cross
 * joined by line breaks (no id can hold one), which costs far less to copy than an array
 * of tens of thousands of strings.
 */
export type SearchIndexWorkerRequest =
  /** Read and check the persisted index at `filePath` (or the earlier version's at `legacyFilePath`), and keep it. */
  | { kind: 'load'; filePath: string; legacyFilePath: string }
  /** Index the files `<folder>/<id>.json` from scratch, keep the result and persist it at `filePath`. */
  | { kind: 'rebuild'; folder: string; ids: string; count: number; filePath: string }
  /** Forget briefings not in `ids`; answer those whose indexed revision differs from `revisions` (one per id). */
  | { kind: 'reconcile'; ids: string; revisions: Uint32Array }
  /** Index (or re-index) one briefing; a body sent in its file's text is read to its plain text here. */
  | { kind: 'put'; document: SearchDocument | SearchDocumentOfFile; revision: number }
  | { kind: 'remove'; id: string }
  /**
   * Documents holding every word of `query`. With `best`, only those that can reach the first
   * `best` places by score (ties included); else all of them.
   */
  | { kind: 'search'; query: string; best?: number }
  /** Compact the index and persist it at `filePath`. */
  | { kind: 'write'; filePath: string };

/** What the worker answers. */
export type SearchIndexWorkerReply =
  | { outcome: 'indexed'; count: number }
  | { outcome: 'done' }
  | { outcome: 'written' }
  | { outcome: 'missing' }
  /** Written by an earlier version: rebuild without telling the user anything is wrong. */
  | { outcome: 'outdated' }
  /** Damaged: `message` says why; the caller sets `filePath` aside. */
  | { outcome: 'refused'; filePath: string; message: string }
  | { outcome: 'outdated-ids'; ids: string; count: number }
  | { outcome: 'found'; ids: string; count: number; scores: Float64Array; terms: string[]; total: number }
  | { outcome: 'failed'; message: string };

const lines = (text: string, count: number) => (count === 0 ? [] : text.split('\n'));

/** A list of ids as it crosses between threads. */
export function joinIds(ids: readonly string[]): { ids: string; count: number } {
  return { ids: ids.join('\n'), count: ids.length };
}

export function splitIds(ids: string, count: number): string[] {
  return lines(ids, count);
}

/** The typed arrays of a message, handed over instead of copied. */
export function transferablesOf(message: SearchIndexWorkerRequest | SearchIndexWorkerReply): ArrayBuffer[] {
  if ('revisions' in message) return [message.revisions.buffer as ArrayBuffer];
  if ('scores' in message) return [message.scores.buffer as ArrayBuffer];
  return [];
}
