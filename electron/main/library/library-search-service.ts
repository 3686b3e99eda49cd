import { readFile } from 'node:fs/promises';
import type { BriefingSummary } from '../../common/briefing/briefing';
import type { LibrarySearchRequest } from '../../common/library/library-requests';
import type { HighlightedText, LibraryHit, LibrarySearchResult } from '../../common/library/library-types';
import { findTextValue } from './find-text-value';
import { highlightMatches, snippetAround } from './highlight-matches';
import type { LibraryContext } from './library-context';
import { matchesFilters, sortRows } from './library-query';
import { MatchedTerms } from './matched-terms';

/** Only the first rows get a body snippet: reading files is the costly part of a search. */
const snippetRows = 12;

function summaryText(summary: BriefingSummary): string {
  return [summary.datelinePlace, summary.desk, summary.authors.join(', '), summary.tags.join(', ')]
    .filter((part) => part !== '')
    .join(' · ');
}

const listRow = (briefing: BriefingSummary): LibraryHit => ({ briefing, score: 0, title: [], snippet: [] });

/** `library.search`: filters, sorting, and full-text search with highlighted matches. */
export class LibrarySearchService {
  readonly #context: LibraryContext;
  #ready: Promise<void> = Promise.resolve();

  constructor(context: LibraryContext) {
    this.#context = context;
    // The worker that held the index died: load it again (searches wait for it).
    context.searchIndex.onLost = () => void this.warmUp().catch(() => undefined);
  }

  /**
   * Loads the persisted search index in the background (in a worker) and indexes only the
   * briefings saved since it was written; when it is missing or damaged the worker indexes
   * every briefing file. Resolves to how many briefings were read to index them.
   */
  warmUp(): Promise<number> {
    const { searchIndex, index, paths } = this.#context;
    const indexing = (async () => {
      await this.#context.checked();
      if (!(await searchIndex.load())) {
        // Built from the files the check has just compared with the index: none of it is outdated,
        // and saves made meanwhile reach the worker after the rebuild.
        const ids = index.ids();
        await searchIndex.rebuild(paths.briefings, ids);
        return ids.length;
      }
      const outdated = await searchIndex.outdatedIds(index.summaries());
      for (const id of outdated) {
        const briefing = await this.#context.read(id).catch(() => undefined);
        if (briefing) searchIndex.put(briefing);
      }
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
    const { filters } = request;
    const { index } = this.#context;
    const filtered = Boolean(filters.status || filters.desk || filters.tag);
    const query = request.query.trim();
    const sort = request.sort ?? {
      key: query === '' ? ('updatedAt' as const) : ('relevance' as const),
      direction: 'descending' as const,
    };
    const offset = request.offset ?? 0;
    const end = offset + request.limit;
    let total: number;
    let shown: LibraryHit[];
    /** The indexed terms the query matched, the same for every row. */
    let terms: string[] = [];
    const newestFirst = sort.key === 'updatedAt' && sort.direction === 'descending';
    if (query === '' && !filtered && newestFirst) {
      // The first pages are in memory as soon as the library opens, the rest once the index has loaded.
      const page =
        index.page(offset, request.limit) ?? (await index.loaded().then(() => index.page(offset, request.limit)));
      total = page?.total ?? 0;
      shown = (page?.rows ?? []).map(listRow);
    } else if (query === '') {
      await index.loaded();
      const summaries = index.summaries();
      const matching = filtered ? summaries.filter((summary) => matchesFilters(summary, filters)) : summaries;
      total = matching.length;
      const ordered = newestFirst
        ? matching.slice(offset, end)
        : sortRows(matching.map(listRow), sort)
            .slice(offset, end)
            .map((row) => row.briefing);
      shown = ordered.map(listRow);
    } else {
      await this.#ready;
      // By relevance and unfiltered, the worker sends only the rows that can reach the page.
      const bestOnly = !filtered && sort.key === 'relevance' && sort.direction === 'descending';
      const matches = await this.#context.searchIndex.search(query, bestOnly ? end : undefined);
      const rows: LibraryHit[] = [];
      for (const [position, id] of matches.ids.entries()) {
        const briefing = index.entry(id)?.summary;
        if (!briefing || (filtered && !matchesFilters(briefing, filters))) continue;
        rows.push({
          briefing,
          score: matches.scores[position] as number,
          title: [],
          snippet: [],
        });
      }
      terms = matches.terms;
      total = bestOnly ? matches.total : rows.length;
      shown = sortRows(rows, sort).slice(offset, end);
    }
    const matched = new MatchedTerms(terms);
    const hits = await Promise.all(
      shown.map(async (row, position) => ({
        ...row,
        title: matched.empty
          ? [{ text: row.briefing.title, match: false }]
          : highlightMatches(row.briefing.title, matched),
        snippet: position < snippetRows && !matched.empty ? await this.#snippet(row.briefing, matched) : [],
      })),
    );
    return { hits, total, facets: index.facets() };
  }

  async #snippet(summary: BriefingSummary, terms: MatchedTerms): Promise<HighlightedText[]> {
    const raw = await readFile(this.#context.files.filePath(summary.id), 'utf8').catch(() => '');
    const paragraph = findTextValue(raw, terms);
    const body = paragraph ? snippetAround(paragraph, terms) : [];
    if (body.length > 0) return body;
    return snippetAround(summaryText(summary), terms);
  }
}
