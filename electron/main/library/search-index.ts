import type { Briefing, BriefingSummary } from '../../common/briefing/briefing';
import { type SearchBody, searchDocumentToSend } from './search-document';
import { SearchIndexWorkerClient } from './search-index-worker-client';
import { joinIds, type SearchIndexWorkerReply, splitIds } from './search-index-worker-messages';

/** The briefings a query found: ids with their scores, and the indexed terms that matched. */
export interface SearchMatches {
  ids: string[];
  scores: Float64Array;
  terms: string[];
  /** Every briefing that matched, also those left out by `best`. */
  total: number;
}

// A cache: at start only briefings saved since it was written are indexed again, so it is written rarely.
const persistDelayMs = 30_000;

function refusedReply(reply: SearchIndexWorkerReply, what: string): Error {
  return new Error(`The search index could not ${what}: ${'message' in reply ? reply.message : reply.outcome}`);
}

/**
 * Full-text search over title, metadata and body (`CompactSearchEngine`). The index lives
 * in a worker thread: it is loaded or rebuilt there, each save sends the briefing's text
 * there, and a search gets back only the ids it needs, so main's thread never holds,
 * parses or builds the index, and a save costs the indexing of one briefing.
 */
export class SearchIndex {
  readonly #filePath: string;
  readonly #legacyFilePath: string;
  readonly #worker: SearchIndexWorkerClient;
  #timer: NodeJS.Timeout | undefined;
  #writing: Promise<void> = Promise.resolve();
  /** Changed since it was loaded, rebuilt or last written. */
  #dirty = false;
  readonly #setAside: (filePath: string) => Promise<void>;

  /**
   * `filePath` is `search-index.bin`, `legacyFilePath` the `search-index.json` an earlier version
   * wrote (migrated when found); `setAside` moves a refused index file to quarantine and tells the user.
   */
  constructor(
    { filePath, legacyFilePath }: { filePath: string; legacyFilePath: string },
    setAside: (filePath: string) => Promise<void> = async () => undefined,
    worker = new SearchIndexWorkerClient(),
  ) {
    this.#filePath = filePath;
    this.#legacyFilePath = legacyFilePath;
    this.#setAside = setAside;
    this.#worker = worker;
  }

  /** Called when the worker died and took the index with it: load it again. */
  set onLost(handler: () => void) {
    this.#worker.onLost = handler;
  }

  /** Loads the persisted index; false when it is missing, outdated or refused (then `rebuild`). */
  async load(): Promise<boolean> {
    const reply = await this.#worker
      .run({ kind: 'load', filePath: this.#filePath, legacyFilePath: this.#legacyFilePath })
      .catch((error: unknown): SearchIndexWorkerReply => ({ outcome: 'failed', message: String(error) }));
    if (reply.outcome === 'indexed') return true;
    if (reply.outcome === 'refused') await this.#setAside(reply.filePath).catch(() => undefined);
    return false;
  }

  /** Indexes the briefing files `<folder>/<id>.json` from scratch in the worker, which also persists the result. */
  async rebuild(folder: string, ids: readonly string[]): Promise<void> {
    const reply = await this.#worker.run({ kind: 'rebuild', folder, ...joinIds(ids), filePath: this.#filePath });
    if (reply.outcome !== 'indexed') throw refusedReply(reply, 'be rebuilt');
  }

  /** Forgets briefings not in `current`; resolves to the ids whose indexed revision differs from their revision there. */
  async outdatedIds(current: readonly Pick<BriefingSummary, 'id' | 'revision'>[]): Promise<string[]> {
    const ids: string[] = new Array(current.length);
    const revisions = new Uint32Array(current.length);
    for (const [position, { id, revision }] of current.entries()) {
      ids[position] = id;
      revisions[position] = revision;
    }
    const reply = await this.#worker.run({ kind: 'reconcile', ids: joinIds(ids).ids, revisions });
    if (reply.outcome !== 'outdated-ids') throw refusedReply(reply, 'be checked');
    return splitIds(reply.ids, reply.count);
  }

  /**
   * Indexes a saved briefing, with its body's plain text when already derived or the text of the file it was written
   * to (read in the worker); a search sent after this call finds it.
   */
  put(briefing: Briefing, body?: SearchBody): void {
    void this.#worker
      .run({ kind: 'put', document: searchDocumentToSend(briefing, body), revision: briefing.revision })
      .catch(() => undefined);
    this.#schedule();
  }

  remove(id: string): void {
    void this.#worker.run({ kind: 'remove', id }).catch(() => undefined);
    this.#schedule();
  }

  /** The briefings holding every word of `query`; with `best`, only those that can reach the first `best` places. */
  async search(query: string, best?: number): Promise<SearchMatches> {
    const reply = await this.#worker.run({ kind: 'search', query, ...(best === undefined ? {} : { best }) });
    if (reply.outcome !== 'found') throw refusedReply(reply, 'answer');
    return { ids: splitIds(reply.ids, reply.count), scores: reply.scores, terms: reply.terms, total: reply.total };
  }

  /** Writes the index now, from the worker (it is a cache: a failure only means more indexing at the next start). */
  flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!this.#dirty) return this.#writing;
    this.#dirty = false;
    this.#writing = this.#writing
      .then(() => this.#worker.run({ kind: 'write', filePath: this.#filePath }))
      .then(() => undefined)
      .catch(() => undefined);
    return this.#writing;
  }

  /** Writes the index, then stops the worker and frees the index it held. */
  async close(): Promise<void> {
    await this.flush();
    await this.#worker.stop();
  }

  #schedule(): void {
    this.#dirty = true;
    if (this.#timer) return;
    this.#timer = setTimeout(() => void this.flush(), persistDelayMs);
    this.#timer.unref();
  }
}
