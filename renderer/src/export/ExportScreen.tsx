import { useState } from 'react';
import { statusLabels } from '../../../electron/common/briefing/metadata-labels';
import type { LibraryFilters } from '../../../electron/common/library/library-types';
import { LibrarySearchField } from '../library/LibrarySearchField';
import { ShowMoreRows } from '../library/ShowMoreRows';
import { useLibrarySearch } from '../library/use-library-search';
import { ExportDialog } from './ExportDialog';
import { type ExportSelection, emptyExportSelection, toggleExportSelection } from './export-selection';

const noFilters: LibraryFilters = {};

/**
 * Batch export (File → Export Briefings…): find briefings in the library a page at a time, tick them,
 * export them in one go. The list is the library's search, so a library of 50,000 briefings sends one
 * page, not every summary; what is ticked stays ticked while the user searches for the next one.
 */
export function ExportScreen() {
  const [query, setQuery] = useState('');
  const { result, error, showMore } = useLibrarySearch(query, noFilters, undefined);
  const [selection, setSelection] = useState<ExportSelection>(emptyExportSelection);
  const [exporting, setExporting] = useState<string[]>();

  const hits = result?.hits ?? [];
  const shownIds = hits.map((hit) => hit.briefing.id);
  const allShownSelected = shownIds.length > 0 && shownIds.every((id) => selection.titles.has(id));
  const libraryEmpty = result !== undefined && result.total === 0 && query.trim() === '';
  const count = selection.order.length;

  return (
    <section aria-labelledby="export-title" className="screen">
      <h1 id="export-title">Export briefings</h1>
      <p className="hint">
        Choose briefings to export as self-contained HTML or tagged PDF, one file each or combined. They are exported in
        the order you tick them.
      </p>
      {error ? (
        <p role="alert" className="message message-error">
          {error}
        </p>
      ) : null}
      {libraryEmpty ? <p>The library is empty: there is nothing to export yet.</p> : null}
      {result && !libraryEmpty ? (
        <>
          <LibrarySearchField
            label="Find briefings"
            query={query}
            placeholder="Words from the title, text, tags or desk"
            onQuery={setQuery}
          />
          {hits.length === 0 ? <p>No briefing matches “{query.trim()}”.</p> : null}
          {hits.length > 0 ? (
            <label className="choice">
              <input
                type="checkbox"
                checked={allShownSelected}
                onChange={(event) =>
                  setSelection((current) =>
                    hits.reduce(
                      (next, hit) => toggleExportSelection(next, hit.briefing, event.target.checked),
                      current,
                    ),
                  )
                }
              />
              Select all shown ({hits.length})
            </label>
          ) : null}
          <ul className="export-list">
            {hits.map(({ briefing }) => (
              <li key={briefing.id}>
                <label className="choice">
                  <input
                    type="checkbox"
                    checked={selection.titles.has(briefing.id)}
                    onChange={(event) =>
                      setSelection((current) => toggleExportSelection(current, briefing, event.target.checked))
                    }
                  />
                  {briefing.title || 'Untitled briefing'} — {statusLabels[briefing.status]}
                </label>
              </li>
            ))}
          </ul>
          <ShowMoreRows shown={hits.length} total={result.total} onShowMore={() => void showMore()} />
          <div className="form-actions">
            <button
              type="button"
              className="primary"
              disabled={count === 0}
              onClick={() => setExporting([...selection.order])}
            >
              Export {count === 1 ? '1 briefing' : `${count} briefings`}…
            </button>
            {count > 0 ? (
              <button type="button" onClick={() => setSelection(emptyExportSelection)}>
                Clear the selection
              </button>
            ) : null}
          </div>
        </>
      ) : null}
      {exporting ? (
        <ExportDialog
          briefingIds={exporting}
          suggestedTitle={selection.titles.get(exporting[0] ?? '') ?? ''}
          onClose={() => setExporting(undefined)}
        />
      ) : null}
    </section>
  );
}
