import MiniSearch, { type AsPlainObject, type Options, type SearchResult } from 'minisearch';
import type { Briefing } from '../../common/briefing/briefing';
import { briefingPlainText } from '../../common/document/briefing-plain-text';
import { readStoredJson } from '../storage/read-stored-json';
import { writeFileDurably } from '../storage/write-file-durably';
import { searchTerm } from './search-term';
import { searchIndexFormat } from './stored-library-formats';

interface SearchDocument {
  id: string;
  title: string;
  datelinePlace: string;
  desk: string;
  tags: string;
  authors: string;
  body: string;
}

/** One matching briefing: its score and the stemmed terms that matched. */
export interface SearchMatch {
  id: string;
  score: number;
  terms: string[];
}

const searchOptions: Options<SearchDocument> = {
  fields: ['title', 'datelinePlace', 'desk', 'tags', 'authors', 'body'],
  storeFields: [],
  processTerm: (term) => searchTerm(term),
  searchOptions: {
    boost: { title: 4, tags: 2, datelinePlace: 2, desk: 1.5, authors: 1.5 },
    // The last word may still be being typed; earlier long words forgive one typo.
    prefix: (term, index, terms) => index === terms.length - 1 && term.length >= 3,
    fuzzy: (term, index, terms) => (index < terms.length - 1 && term.length >= 7 ? 0.15 : false),
    combineWith: 'AND',
  },
};

const persistDelayMs = 2000;
const indexDelayMs = 1500;

function searchDocument(briefing: Briefing): SearchDocument {
  const { metadata } = briefing;
  return {
    id: briefing.id,
    title: metadata.title,
    datelinePlace: metadata.datelinePlace,
    desk: metadata.desk,
    tags: metadata.tags.join(' '),
    authors: metadata.authors.join(' '),
    body: briefingPlainText(briefing.content),
  };
}

/**
 * Full-text search over title, metadata and body (MiniSearch). The index is
 * updated on every save and persisted in the background; at start it is loaded
 * and only briefings whose revision changed meanwhile are indexed again.
 */
export class SearchIndex {
  readonly #filePath: string;
  #engine = new MiniSearch<SearchDocument>(searchOptions);
  /** The revision of each briefing as it was indexed, to refresh only what changed since. */
  #revisions = new Map<string, number>();
  /** Saved briefings not yet indexed: indexing a long text costs tens of ms, so it waits for a pause or a search. */
  readonly #waiting = new Map<string, Briefing>();
  #indexTimer: NodeJS.Timeout | undefined;
  #timer: NodeJS.Timeout | undefined;
  #writing: Promise<void> = Promise.resolve();

  readonly #setAside: (filePath: string) => Promise<void>;

  /** `setAside` moves a refused index file to quarantine and tells the user. */
  constructor(filePath: string, setAside: (filePath: string) => Promise<void> = async () => undefined) {
    this.#filePath = filePath;
    this.#setAside = setAside;
  }

  /** Loads the persisted index; false when it is missing or refused (the caller then indexes every file). */
  async load(): Promise<boolean> {
    try {
      const stored = await readStoredJson(this.#filePath, searchIndexFormat);
      if (!stored) return false;
      this.#engine = MiniSearch.loadJS(stored.value.index as unknown as AsPlainObject, searchOptions);
      this.#revisions = new Map(Object.entries(stored.value.revisions));
      return true;
    } catch {
      this.#engine = new MiniSearch<SearchDocument>(searchOptions);
      this.#revisions = new Map();
      await this.#setAside(this.#filePath).catch(() => undefined);
      return false;
    }
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
    if (this.#engine.has(id)) this.#engine.discard(id);
    this.#revisions.delete(id);
    this.#schedule();
  }

  search(query: string): SearchMatch[] {
    this.indexPending();
    return this.#engine.search(query).map((result: SearchResult) => ({
      id: String(result.id),
      score: result.score,
      terms: result.terms,
    }));
  }

  /** Writes the index now (it is a cache: a failure only means more indexing at the next start). */
  flush(): Promise<void> {
    this.indexPending();
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#writing = this.#writing
      .then(() => {
        const persisted = {
          version: 2,
          revisions: Object.fromEntries(this.#revisions),
          index: this.#engine.toJSON(),
        };
        return writeFileDurably(this.#filePath, JSON.stringify(persisted));
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
      const document = searchDocument(briefing);
      if (this.#engine.has(briefing.id)) this.#engine.replace(document);
      else this.#engine.add(document);
      this.#revisions.set(briefing.id, briefing.revision);
    }
    this.#waiting.clear();
    this.#schedule();
  }

  #schedule(): void {
    if (this.#timer) return;
    this.#timer = setTimeout(() => void this.flush(), persistDelayMs);
    this.#timer.unref();
  }
}
