import { libraryPageSize } from './use-library-search';

/** Below a list shown a page at a time: how much of it is shown, and a button for the next page. */
export function ShowMoreRows({ shown, total, onShowMore }: { shown: number; total: number; onShowMore: () => void }) {
  if (shown >= total) return null;
  return (
    <p className="library-more">
      <button type="button" onClick={onShowMore}>
        Show {Math.min(libraryPageSize, total - shown)} more
      </button>{' '}
      <span className="hint">
        {shown} of {total} shown
      </span>
    </p>
  );
}
