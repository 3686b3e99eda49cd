import { useCallback, useEffect, useRef, useState } from 'react';
import type { LibraryFilters, LibrarySearchResult } from '../../../electron/common/library/library-types';
import { getBriefdeskApi } from '../briefdesk-api';
import type { LibrarySort } from './LibraryTable';
import { errorMessage, unwrap } from './library-api';

const typingPauseMs = 120;

/** Runs `library.search` for the current query, filters and sort; the newest answer wins. */
export function useLibrarySearch(query: string, filters: LibraryFilters, sort: LibrarySort | undefined) {
  const [result, setResult] = useState<LibrarySearchResult>();
  const [error, setError] = useState<string>();
  const [generation, setGeneration] = useState(0);
  const latest = useRef(0);

  const refresh = useCallback(() => setGeneration((value) => value + 1), []);

  useEffect(() => {
    void generation;
    const ticket = ++latest.current;
    const timer = setTimeout(
      async () => {
        try {
          const found = await unwrap(getBriefdeskApi().library.search({ query, filters, ...(sort ? { sort } : {}) }));
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

  return { result, error, refresh };
}
