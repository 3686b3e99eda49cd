import type { Briefing } from '../../common/briefing/briefing';
import { CompactSearchEngine } from './compact-search-engine';
import { searchDocument } from './search-document';
import type { IndexedLibrary } from './search-index-file';
import { runSearchIndexJob } from './search-index-worker-client';
import {
  fromWire,
  type SearchIndexWorkerReply,
  type SearchIndexWorkerRequest,
  toWire,
} from './search-index-worker-messages';

/** One matching briefing: its score and the stemmed terms that matched. */
export interface SearchMatch {
  id: string;
  score: number;
  terms: string[];
}

// A cache: at start only briefings saved since it was written are indexed again, so it is written rarely.
const persistDelayMs = 30_000;
const indexDelayMs = 1500;

/**
 * Full-text search over title, metadata and body (`CompactSearchEngine`). The index is
 * updated on every save and persisted in the background; at start it is loaded, or
 * rebuilt from the briefing files when missing, in a worker thread, so main's thread
 * never parses, checks or builds the whole index.
 */
export class SearchIndex {
  readonly #filePath: string;
  #engine = new CompactSearchEngine();
  /** The revision of each briefing as it was indexed, to refresh only what changed since. */
  #revisions = new Map<string, number>();
  /** Saved briefings not yet indexed: indexing a long text costs milliseconds, so it waits for a pause or a search. */
  readonly #waiting = new Map<string, Briefing>();
  #indexTimer: NodeJS.Timeout | undefined;
  #timer: NodeJS.Timeout | undefined;
  #writing: Promise<void> = Promise.resolve();
  readonly #setAside: (filePath: string) => Promise<void>;
  readonly #runJob: (request: SearchIndexWorkerRequest) => Promise<SearchIndexWorkerReply>;

  /** `setAside` moves a refused index file to quarantine and tells the user; `runJob` runs worker jobs. */
  constructor(
    filePath: string,
    setAside: (filePath: string) => Promise<void> = async () => undefined,
    runJob: (request: SearchIndexWorkerRequest) => Promise<SearchIndexWorkerReply> = runSearchIndexJob,
  ) {
    this.#filePath = filePath;
    this.#setAside = setAside;
    this.#runJob = runJob;
  }

  /** Loads the persisted index; false when it is missing, outdated or refused (then `rebuild`). */
  async load(): Promise<boolean> {
    const reply = await this.#runJob({ kind: 'load', filePath: this.#filePath }).catch(
      (error: unknown): SearchIndexWorkerReply => ({ outcome: 'failed', message: String(error) }),
    );
    if (reply.outcome === 'indexed') {
      this.#adopt(fromWire(reply.library));
      return true;
    }
    if (reply.outcome === 'refused') await this.#setAside(this.#filePath).catch(() => undefined);
    return false;
  }

  /** Indexes these briefing files from scratch in the worker, which also persists the result. */
  async rebuild(briefingFiles: { id: string; filePath: string }[]): Promise<void> {
    const reply = await this.#runJob({ kind: 'rebuild', briefingFiles, filePath: this.#filePath });
    if (reply.outcome !== 'indexed') {
      throw new Error(`The search index could not be rebuilt: ${'message' in reply ? reply.message : reply.outcome}`);
    }
    this.#adopt(fromWire(reply.library));
  }

  /** Ids whose indexed revision differs from `current`, and ids indexed but gone. */
  staleIds(current: ReadonlyMap<string, number>): { outdated: string[]; gone: string[] } {
    const outdated = [...current].filter(([id, revision]) => this.#revisions.get(id) !== revision).map(([id]) => id);
    const gone = [...this.#revisions.keys()].filter((id) => !current.has(id));
    return { outdated, gone };
  }

  /** Queues a saved briefing for indexing; it is searchable at the latest by the next search. */
  put(briefing: Briefing): void {
    this.#waiting.set(briefing.id, briefing);
    if (this.#indexTimer) return;
    this.#indexTimer = setTimeout(() => this.indexPending(), indexDelayMs);
    this.#indexTimer.unref();
  }

  remove(id: string): void {
    this.#waiting.delete(id);
    this.#engine.remove(id);
    this.#revisions.delete(id);
    this.#schedule();
  }

  search(query: string): SearchMatch[] {
    this.indexPending();
    const hits = this.#engine.search(query);
    return hits.ids.map((id, position) => ({ id, score: hits.scores[position] as number, terms: hits.terms }));
  }

  /** Writes the index now, in the worker (it is a cache: a failure only means more indexing at the next start). */
  flush(): Promise<void> {
    this.indexPending();
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#writing = this.#writing
      .then(async () => {
        const library = toWire({ state: this.#engine.state(), revisions: this.#revisions });
        await this.#runJob({ kind: 'write', filePath: this.#filePath, library });
      })
      .catch(() => undefined);
    return this.#writing;
  }

  /** Indexes every queued briefing now. */
  indexPending(): void {
    clearTimeout(this.#indexTimer);
    this.#indexTimer = undefined;
    if (this.#waiting.size === 0) return;
    for (const briefing of this.#waiting.values()) {
      this.#engine.add(searchDocument(briefing));
      this.#revisions.set(briefing.id, briefing.revision);
    }
    this.#waiting.clear();
    this.#schedule();
  }

  /** Takes over an index built elsewhere; briefings saved meanwhile are indexed again on top of it. */
  #adopt({ state, revisions }: IndexedLibrary): void {
    this.#engine = CompactSearchEngine.fromState(state, { checked: true });
    this.#revisions = revisions;
  }

  #schedule(): void {
    if (this.#timer) return;
    this.#timer = setTimeout(() => void this.flush(), persistDelayMs);
    this.#timer.unref();
  }
}
