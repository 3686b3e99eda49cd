import { useCallback, useEffect, useMemo, useState } from 'react';
import type { BriefingSummary } from '../../../electron/common/briefing/briefing';
import { type BriefingStatus, briefingStatuses } from '../../../electron/common/briefing/briefing-metadata';
import type { LibraryFilters } from '../../../electron/common/library/library-types';
import { getBriefdeskApi } from '../briefdesk-api';
import { ExportDialog } from '../export/ExportDialog';
import { useNavigation } from '../shell/navigation';
import { formatStatus } from './format-library';
import { HistoryPanel } from './HistoryPanel';
import { type LibrarySort, LibraryTable } from './LibraryTable';
import { errorMessage, unwrap } from './library-api';
import { TrashView } from './TrashView';
import { useLibrarySearch } from './use-library-search';
import './library.css';

type Notice = { text: string; undoTrashOf?: string };

/** The home screen: every briefing, searchable, filterable and sortable, with recent ones and the trash. */
export function LibraryScreen() {
  const { navigate } = useNavigation();
  const [view, setView] = useState<'library' | 'trash'>('library');
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<BriefingStatus | ''>('');
  const [tag, setTag] = useState('');
  const [desk, setDesk] = useState('');
  const [sort, setSort] = useState<LibrarySort>();
  const [selectedId, setSelectedId] = useState<string>();
  const [historyFor, setHistoryFor] = useState<string>();
  const [exportFor, setExportFor] = useState<string>();
  const [recent, setRecent] = useState<BriefingSummary[]>([]);
  const [notice, setNotice] = useState<Notice>();
  const [error, setError] = useState<string>();
  const filters = useMemo<LibraryFilters>(
    () => ({ ...(status ? { status } : {}), ...(tag ? { tag } : {}), ...(desk ? { desk } : {}) }),
    [status, tag, desk],
  );
  const { result, error: searchError, refresh } = useLibrarySearch(query, filters, sort);
  const hits = result?.hits ?? [];
  const selected = hits.find((hit) => hit.briefing.id === selectedId)?.briefing ?? hits[0]?.briefing;

  const loadRecent = useCallback(async () => {
    const found = await getBriefdeskApi().library.recent();
    if (found.ok) setRecent(found.value);
  }, []);

  useEffect(() => {
    void loadRecent();
  }, [loadRecent]);

  const act = async (task: () => Promise<void>) => {
    setError(undefined);
    try {
      await task();
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  const open = (id: string) =>
    act(async () => {
      await unwrap(getBriefdeskApi().library.markOpened({ id }));
      navigate({ screen: 'editor', briefingId: id });
    });

  const duplicate = (id: string) =>
    act(async () => {
      const copy = await unwrap(getBriefdeskApi().briefings.duplicate({ id }));
      setNotice({ text: `Created “${copy.metadata.title}”.` });
      setSelectedId(copy.id);
      refresh();
    });

  const trash = (id: string) =>
    act(async () => {
      const entry = await unwrap(getBriefdeskApi().briefings.trash({ id }));
      const position = hits.findIndex((hit) => hit.briefing.id === id);
      setSelectedId(hits[position + 1]?.briefing.id ?? hits[position - 1]?.briefing.id);
      if (historyFor === id) setHistoryFor(undefined);
      setNotice({ text: `Moved “${entry.title || 'Untitled briefing'}” to the trash.`, undoTrashOf: id });
      refresh();
      void loadRecent();
    });

  const undoTrash = (id: string) =>
    act(async () => {
      await unwrap(getBriefdeskApi().trash.restore({ id }));
      setNotice({ text: 'Restored from the trash.' });
      setSelectedId(id);
      refresh();
    });

  return (
    <section className="screen library-screen" aria-labelledby="library-title">
      <header className="library-header">
        <h1 id="library-title">Library</h1>
        <div className="library-actions">
          <button type="button" className="primary" onClick={() => navigate({ screen: 'new-briefing' })}>
            New briefing
          </button>
          <button
            type="button"
            aria-pressed={view === 'trash'}
            onClick={() => setView(view === 'trash' ? 'library' : 'trash')}
          >
            {view === 'trash' ? 'Back to the library' : 'Trash'}
          </button>
        </div>
      </header>
      {notice ? (
        <p className="message message-info library-notice" role="status">
          <span>{notice.text}</span>
          {notice.undoTrashOf ? (
            <button type="button" onClick={() => void undoTrash(notice.undoTrashOf as string)}>
              Undo
            </button>
          ) : null}
        </p>
      ) : null}
      {error || searchError ? (
        <p className="message message-error" role="alert">
          {error ?? searchError}
        </p>
      ) : null}
      {view === 'trash' ? (
        <TrashView onChanged={refresh} />
      ) : (
        <>
          {recent.length > 0 ? (
            <nav className="recent" aria-label="Recently opened">
              <h2>Recently opened</h2>
              <ul>
                {recent.map((briefing) => (
                  <li key={briefing.id}>
                    <button type="button" className="link-button" onClick={() => void open(briefing.id)}>
                      {briefing.title || 'Untitled briefing'}
                    </button>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
          <search className="library-filters" aria-label="Find briefings">
            <label className="field search-field">
              <span>Search briefings</span>
              <input
                type="search"
                value={query}
                placeholder="Title, place, tag, author or any word in the text"
                onChange={(event) => setQuery(event.target.value)}
              />
            </label>
            <label className="field">
              <span>Status</span>
              <select
                aria-label="Status"
                value={status}
                onChange={(event) => setStatus(event.target.value as BriefingStatus | '')}
              >
                <option value="">Any status</option>
                {briefingStatuses.map((value) => (
                  <option key={value} value={value}>
                    {formatStatus(value)}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>Tag</span>
              <select aria-label="Tag" value={tag} onChange={(event) => setTag(event.target.value)}>
                <option value="">Any tag</option>
                {result?.facets.tags.map((value) => (
                  <option key={value}>{value}</option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>Desk</span>
              <select aria-label="Desk" value={desk} onChange={(event) => setDesk(event.target.value)}>
                <option value="">Any desk</option>
                {result?.facets.desks.map((value) => (
                  <option key={value}>{value}</option>
                ))}
              </select>
            </label>
          </search>
          <p className="hint" aria-live="polite">
            {result
              ? `${result.total} briefing${result.total === 1 ? '' : 's'}${query || status || tag || desk ? ' found' : ''}.`
              : 'Loading the library…'}
          </p>
          {selected ? (
            <div
              className="row-actions"
              role="toolbar"
              aria-label={`Actions for “${selected.title || 'Untitled briefing'}”`}
            >
              <button type="button" onClick={() => void open(selected.id)}>
                Open
              </button>
              <button type="button" onClick={() => void duplicate(selected.id)}>
                Duplicate
              </button>
              <button type="button" onClick={() => setHistoryFor(selected.id)}>
                History
              </button>
              <button type="button" aria-haspopup="dialog" onClick={() => setExportFor(selected.id)}>
                Export…
              </button>
              <button type="button" onClick={() => void trash(selected.id)}>
                Move to trash
              </button>
            </div>
          ) : null}
          <div className="library-body">
            <LibraryTable
              hits={hits}
              sort={sort ?? { key: query ? 'relevance' : 'updatedAt', direction: 'descending' }}
              onSort={setSort}
              selectedId={selected?.id}
              onSelect={setSelectedId}
              onOpen={(id) => void open(id)}
              onTrash={(id) => void trash(id)}
            />
            {historyFor ? (
              <HistoryPanel briefingId={historyFor} onRestored={refresh} onClose={() => setHistoryFor(undefined)} />
            ) : null}
          </div>
          {exportFor ? <ExportDialog briefingIds={[exportFor]} onClose={() => setExportFor(undefined)} /> : null}
        </>
      )}
    </section>
  );
}
