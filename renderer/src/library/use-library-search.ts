import { useCallback, useEffect, useRef, useState } from 'react';
import type { LibraryFilters, LibrarySearchResult } from '../../../electron/common/library/library-types';
import { getBriefdeskApi } from '../briefdesk-api';
import type { LibrarySort } from './LibraryTable';
import { errorMessage, unwrap } from './library-api';

const typingPauseMs = 120;
/** Rows asked for at a time: the list shows a page and asks for the next when the user wants more. */
export const libraryPageSize = 100;

/**
 * Runs `library.search` for the current query, filters and sort, one page at a time; the newest
 * answer wins. `showMore` asks for the next page and adds it below the rows shown.
 */
export function useLibrarySearch(query: string, filters: LibraryFilters, sort: LibrarySort | undefined) {
  const [result, setResult] = useState<LibrarySearchResult>();
  const [error, setError] = useState<string>();
  const [generation, setGeneration] = useState(0);
  const latest = useRef(0);
  /** How many rows the list shows: a refresh asks for as many again. */
  const shown = useRef(libraryPageSize);
  const asked = useRef({ query, filters, sort });

  const refresh = useCallback(() => setGeneration((value) => value + 1), []);

  useEffect(() => {
    void generation;
    const changed = asked.current.query !== query || asked.current.filters !== filters || asked.current.sort !== sort;
    if (changed) shown.current = libraryPageSize;
    asked.current = { query, filters, sort };
    const ticket = ++latest.current;
    const timer = setTimeout(
      async () => {
        try {
          const request = { query, filters, ...(sort ? { sort } : {}), limit: shown.current };
          const found = await unwrap(getBriefdeskApi().library.search(request));
          if (ticket === latest.current) {
            setResult(found);
            setError(undefined);
          }
        } catch (caught) {
          if (ticket === latest.current) setError(errorMessage(caught));
        }
      },
      query === '' ? 0 : typingPauseMs,
    );
    return () => clearTimeout(timer);
  }, [query, filters, sort, generation]);

  const showMore = useCallback(async () => {
    if (!result) return;
    const ticket = ++latest.current;
    const offset = result.hits.length;
    try {
      const request = { query, filters, ...(sort ? { sort } : {}), offset, limit: libraryPageSize };
      const found = await unwrap(getBriefdeskApi().library.search(request));
      if (ticket !== latest.current) return;
      shown.current = offset + found.hits.length;
      setResult({ ...found, hits: [...result.hits, ...found.hits] });
      setError(undefined);
    } catch (caught) {
      if (ticket === latest.current) setError(errorMessage(caught));
    }
  }, [result, query, filters, sort]);

  return { result, error, refresh, showMore };
}
