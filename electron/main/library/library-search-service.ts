import { readFile } from 'node:fs/promises';
import type { BriefingSummary } from '../../common/briefing/briefing';
import type { LibrarySearchRequest } from '../../common/library/library-requests';
import type { HighlightedText, LibraryHit, LibrarySearchResult } from '../../common/library/library-types';
import { findTextValue } from './find-text-value';
import { highlightMatches, snippetAround } from './highlight-matches';
import type { LibraryContext } from './library-context';
import { compareTimes, type LibrarySort, libraryFacets, matchesFilters, sortRows } from './library-query';

/** Only the first rows get a body snippet: reading files is the costly part of a search. */
const snippetRows = 12;

function summaryText(summary: BriefingSummary): string {
  return [summary.datelinePlace, summary.desk, summary.authors.join(', '), summary.tags.join(', ')]
    .filter((part) => part !== '')
    .join(' · ');
}

const listRow = (briefing: BriefingSummary) => ({ briefing, score: 0, title: [], snippet: [], terms: [] as string[] });

/**
 * The rows that can reach the first `limit` places: by relevance, those scoring at least the
 * `limit`th best score (its ties included, which the sort orders by date), else all of them.
 */
function bestFirstCandidates<Row extends { score: number }>(rows: Row[], sort: LibrarySort, limit: number): Row[] {
  if (sort.key !== 'relevance' || sort.direction !== 'descending' || rows.length <= limit) return rows;
  const scores = Float64Array.from(rows, (row) => row.score).sort();
  const lowest = scores[scores.length - limit] as number;
  return rows.filter((row) => row.score >= lowest);
}

/** `library.search`: filters, sorting, and full-text search with highlighted matches. */
export class LibrarySearchService {
  readonly #context: LibraryContext;
  #ready: Promise<void> = Promise.resolve();
  #list: { generation: number; summaries: BriefingSummary[]; facets: LibrarySearchResult['facets'] } | undefined;

  constructor(context: LibraryContext) {
    this.#context = context;
  }

  /**
   * Loads the persisted search index in the background (in a worker) and indexes only the
   * briefings saved since it was written; when it is missing or damaged the worker indexes
   * every briefing file. Resolves to how many briefings were read to index them.
   */
  warmUp(): Promise<number> {
    const { searchIndex, index, files } = this.#context;
    const indexing = (async () => {
      let rebuilt = 0;
      if (!(await searchIndex.load())) {
        const ids = index.ids();
        await searchIndex.rebuild(ids.map((id) => ({ id, filePath: files.filePath(id) })));
        rebuilt = ids.length;
      }
      const current = new Map(index.summaries().map((summary) => [summary.id, summary.revision]));
      const { outdated, gone } = searchIndex.staleIds(current);
      for (const id of gone) searchIndex.remove(id);
      for (const [position, id] of outdated.entries()) {
        const briefing = await this.#context.read(id).catch(() => undefined);
        if (briefing) searchIndex.put(briefing);
        if (position % 50 === 49) searchIndex.indexPending();
      }
      if (outdated.length > 0 || gone.length > 0) await searchIndex.flush();
      return rebuilt > 0 ? rebuilt : outdated.length;
    })();
    this.#ready = indexing.then(() => undefined);
    return indexing;
  }

  /** Resolves once background indexing has finished. */
  settled(): Promise<void> {
    return this.#ready;
  }

  async search(request: LibrarySearchRequest): Promise<LibrarySearchResult> {
    const { filters } = request;
    const filtered = Boolean(filters.status || filters.desk || filters.tag);
    const query = request.query.trim();
    const sort = request.sort ?? {
      key: query === '' ? ('updatedAt' as const) : ('relevance' as const),
      direction: 'descending' as const,
    };
    let total: number;
    let shown: (LibraryHit & { terms: string[] })[];
    if (query === '') {
      const newestFirst = this.#newestFirst().summaries;
      const matching = filtered ? newestFirst.filter((summary) => matchesFilters(summary, filters)) : newestFirst;
      total = matching.length;
      const ordered =
        sort.key === 'updatedAt' && sort.direction === 'descending'
          ? matching.slice(0, request.limit)
          : sortRows(matching.map(listRow), sort)
              .slice(0, request.limit)
              .map((row) => row.briefing);
      shown = ordered.map(listRow);
    } else {
      await this.#ready;
      const rows: (LibraryHit & { terms: string[] })[] = [];
      for (const match of this.#context.searchIndex.search(query)) {
        const briefing = this.#context.index.entry(match.id)?.summary;
        if (!briefing || (filtered && !matchesFilters(briefing, filters))) continue;
        rows.push({ briefing, score: match.score, title: [], snippet: [], terms: match.terms });
      }
      total = rows.length;
      shown = sortRows(bestFirstCandidates(rows, sort, request.limit), sort).slice(0, request.limit);
    }
    const hits = await Promise.all(
      shown.map(async ({ terms, ...row }, position) => ({
        ...row,
        title:
          terms.length > 0 ? highlightMatches(row.briefing.title, terms) : [{ text: row.briefing.title, match: false }],
        snippet: position < snippetRows && terms.length > 0 ? await this.#snippet(row.briefing, terms) : [],
      })),
    );
    return { hits, total, facets: this.#newestFirst().facets };
  }

  /** Every summary, most recently updated first, and the facets: kept until the index changes. */
  #newestFirst(): { summaries: BriefingSummary[]; facets: LibrarySearchResult['facets'] } {
    const { generation } = this.#context.index;
    if (this.#list?.generation !== generation) {
      // As `sortRows` orders by `updatedAt`, descending, without a row object per briefing.
      const summaries = this.#context.index.summaries().sort((a, b) => compareTimes(b.updatedAt, a.updatedAt));
      this.#list = { generation, summaries, facets: libraryFacets(summaries) };
    }
    return this.#list;
  }

  async #snippet(summary: BriefingSummary, terms: string[]): Promise<HighlightedText[]> {
    const raw = await readFile(this.#context.files.filePath(summary.id), 'utf8').catch(() => '');
    const paragraph = findTextValue(raw, terms);
    const body = paragraph ? snippetAround(paragraph, terms) : [];
    if (body.length > 0) return body;
    return snippetAround(summaryText(summary), terms);
  }
}
