import { readFile } from 'node:fs/promises';
import type { BriefingSummary } from '../../common/briefing/briefing';
import type { LibrarySearchRequest } from '../../common/library/library-requests';
import type { HighlightedText, LibraryHit, LibrarySearchResult } from '../../common/library/library-types';
import { findTextValue } from './find-text-value';
import { highlightMatches, snippetAround } from './highlight-matches';
import type { LibraryContext } from './library-context';
import { libraryFacets, matchesFilters, sortRows } from './library-query';

/** Only the first rows get a body snippet: reading files is the costly part of a search. */
const snippetRows = 12;

function summaryText(summary: BriefingSummary): string {
  return [summary.datelinePlace, summary.desk, summary.authors.join(', '), summary.tags.join(', ')]
    .filter((part) => part !== '')
    .join(' · ');
}

/** `library.search`: filters, sorting, and full-text search with highlighted matches. */
export class LibrarySearchService {
  readonly #context: LibraryContext;
  #ready: Promise<void> = Promise.resolve();
  #facets: { generation: number; facets: LibrarySearchResult['facets'] } | undefined;

  constructor(context: LibraryContext) {
    this.#context = context;
  }

  /**
   * Loads the persisted search index in the background and indexes only the
   * briefings saved since it was written (all of them if it was missing or damaged).
   * Resolves to how many briefings were read to index them.
   */
  warmUp(): Promise<number> {
    const { searchIndex, index } = this.#context;
    const indexing = (async () => {
      await searchIndex.load();
      const current = new Map(index.summaries().map((summary) => [summary.id, summary.revision]));
      const { outdated, gone } = searchIndex.staleIds(current);
      for (const id of gone) searchIndex.remove(id);
      for (const [position, id] of outdated.entries()) {
        const briefing = await this.#context.read(id).catch(() => undefined);
        if (briefing) searchIndex.put(briefing);
        if (position % 50 === 49) searchIndex.indexPending();
      }
      if (outdated.length > 0 || gone.length > 0) await searchIndex.flush();
      return outdated.length;
    })();
    this.#ready = indexing.then(() => undefined);
    return indexing;
  }

  /** Resolves once background indexing has finished. */
  settled(): Promise<void> {
    return this.#ready;
  }

  async search(request: LibrarySearchRequest): Promise<LibrarySearchResult> {
    const summaries = this.#context.index.summaries();
    const filtered = new Map(
      summaries.filter((summary) => matchesFilters(summary, request.filters)).map((summary) => [summary.id, summary]),
    );
    const query = request.query.trim();
    let rows: (LibraryHit & { terms: string[] })[];
    if (query === '') {
      rows = [...filtered.values()].map((briefing) => ({ briefing, score: 0, title: [], snippet: [], terms: [] }));
    } else {
      await this.#ready;
      rows = this.#context.searchIndex.search(query).flatMap((match) => {
        const briefing = filtered.get(match.id);
        return briefing ? [{ briefing, score: match.score, title: [], snippet: [], terms: match.terms }] : [];
      });
    }
    const sort = request.sort ?? {
      key: query === '' ? ('updatedAt' as const) : ('relevance' as const),
      direction: 'descending' as const,
    };
    const total = rows.length;
    const shown = sortRows(rows, sort).slice(0, request.limit);
    const hits = await Promise.all(
      shown.map(async ({ terms, ...row }, position) => ({
        ...row,
        title:
          terms.length > 0 ? highlightMatches(row.briefing.title, terms) : [{ text: row.briefing.title, match: false }],
        snippet: position < snippetRows && terms.length > 0 ? await this.#snippet(row.briefing, terms) : [],
      })),
    );
    const { generation } = this.#context.index;
    if (this.#facets?.generation !== generation) this.#facets = { generation, facets: libraryFacets(summaries) };
    return { hits, total, facets: this.#facets.facets };
  }

  async #snippet(summary: BriefingSummary, terms: string[]): Promise<HighlightedText[]> {
    const raw = await readFile(this.#context.files.filePath(summary.id), 'utf8').catch(() => '');
    const paragraph = findTextValue(raw, terms);
    const body = paragraph ? snippetAround(paragraph, terms) : [];
    if (body.length > 0) return body;
    return snippetAround(summaryText(summary), terms);
  }
}
