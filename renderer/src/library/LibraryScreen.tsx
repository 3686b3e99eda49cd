import { useCallback, useEffect, useMemo, useState } from 'react';
import type { BriefingSummary } from '../../../electron/common/briefing/briefing';
import { type BriefingStatus, briefingStatuses } from '../../../electron/common/briefing/briefing-metadata';
import type { LibraryFilters } from '../../../electron/common/library/library-types';
import { getBriefdeskApi } from '../briefdesk-api';
import { ExportDialog } from '../export/ExportDialog';
import { useNavigation } from '../shell/navigation';
import { formatStatus } from './format-library';
import { HistoryPanel } from './HistoryPanel';
import { LibrarySearchField } from './LibrarySearchField';
import { type LibrarySort, LibraryTable } from './LibraryTable';
import { errorMessage, unwrap } from './library-api';
import { emptySelection, type RowSelection, selectedInOrder, selectOnly } from './row-selection';
import { ShowMoreRows } from './ShowMoreRows';
import { TrashView } from './TrashView';
import { useLibrarySearch } from './use-library-search';
import './library.css';

type Notice = { text: string; undoTrashOf?: string[] };

const titleOf = (briefing: BriefingSummary) => briefing.title || 'Untitled briefing';

/** The home screen: every briefing, searchable, filterable and sortable, with recent ones and the trash. */
export function LibraryScreen() {
  const { navigate } = useNavigation();
  const [view, setView] = useState<'library' | 'trash'>('library');
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<BriefingStatus | ''>('');
  const [tag, setTag] = useState('');
  const [desk, setDesk] = useState('');
  const [sort, setSort] = useState<LibrarySort>();
  const [selection, setSelection] = useState<RowSelection>(emptySelection);
  const [historyFor, setHistoryFor] = useState<string>();
  const [exportFor, setExportFor] = useState<string[]>();
  const [bulkStatus, setBulkStatus] = useState<BriefingStatus>('in-review');
  const [recent, setRecent] = useState<BriefingSummary[]>([]);
  const [notice, setNotice] = useState<Notice>();
  const [error, setError] = useState<string>();
  const filters = useMemo<LibraryFilters>(
    () => ({ ...(status ? { status } : {}), ...(tag ? { tag } : {}), ...(desk ? { desk } : {}) }),
    [status, tag, desk],
  );
  const { result, error: searchError, refresh, showMore } = useLibrarySearch(query, filters, sort);
  const hits = result?.hits ?? [];
  const order = hits.map((hit) => hit.briefing.id);
  const selectedIds = selectedInOrder(selection, order);
  const selectedBriefings = hits.filter((hit) => selection.selected.has(hit.briefing.id)).map((hit) => hit.briefing);
  const selected = selectedBriefings.length === 1 ? selectedBriefings[0] : undefined;

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
      setSelection(selectOnly(copy.id));
      refresh();
    });

  /**
   * Moves the selected briefings to the trash at once, offering Undo. The keyboard stays at the same
   * place in the list but nothing is selected any more, so a second Delete cannot trash a neighbour.
   */
  const trashSelected = () =>
    act(async () => {
      const ids = selectedIds;
      if (ids.length === 0) return;
      const trashed: BriefingSummary[] = [];
      let failure: unknown;
      for (const id of ids) {
        try {
          await unwrap(getBriefdeskApi().briefings.trash({ id }));
          trashed.push(selectedBriefings.find((briefing) => briefing.id === id) as BriefingSummary);
        } catch (caught) {
          failure = caught;
          break;
        }
      }
      const gone = new Set(trashed.map((briefing) => briefing.id));
      const remaining = order.filter((id) => !gone.has(id));
      const cursor = remaining[Math.min(order.indexOf(ids[0] as string), remaining.length - 1)];
      setSelection({ selected: new Set(ids.filter((id) => !gone.has(id))), anchor: cursor, cursor });
      if (historyFor && gone.has(historyFor)) setHistoryFor(undefined);
      if (trashed.length > 0) {
        setNotice({
          text:
            trashed.length === 1
              ? `Moved “${titleOf(trashed[0] as BriefingSummary)}” to the trash.`
              : `Moved ${trashed.length} briefings to the trash.`,
          undoTrashOf: trashed.map((briefing) => briefing.id),
        });
      }
      refresh();
      void loadRecent();
      if (failure) throw failure;
    });

  const undoTrash = (ids: string[]) =>
    act(async () => {
      for (const id of ids) await unwrap(getBriefdeskApi().trash.restore({ id }));
      setNotice({
        text: ids.length === 1 ? 'Restored from the trash.' : `Restored ${ids.length} briefings from the trash.`,
      });
      setSelection({ selected: new Set(ids), anchor: ids[0], cursor: ids[0] });
      refresh();
      void loadRecent();
    });

  /** Sets one status on every selected briefing, saving each as the editor would. */
  const setStatusOfSelected = (status: BriefingStatus) =>
    act(async () => {
      const api = getBriefdeskApi();
      let changed = 0;
      for (const id of selectedIds) {
        const briefing = await unwrap(api.briefings.get({ id }));
        if (briefing.metadata.status === status) continue;
        await unwrap(
          api.briefings.save({
            id,
            revision: briefing.revision,
            metadata: { ...briefing.metadata, status },
            content: briefing.content,
          }),
        );
        changed += 1;
      }
      setNotice({
        text: `Set ${changed} briefing${changed === 1 ? '' : 's'} to “${formatStatus(status)}”${
          changed < selectedIds.length ? `; ${selectedIds.length - changed} already had it` : ''
        }.`,
      });
      refresh();
    });

  // Ctrl/Cmd+Z outside a text field undoes the last move to the trash, like the notice's Undo button.
  const undoTrashOf = notice?.undoTrashOf;
  useEffect(() => {
    if (!undoTrashOf) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z') {
        event.preventDefault();
        void undoTrash(undoTrashOf);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
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
            <button
              type="button"
              aria-keyshortcuts="Control+Z"
              onClick={() => void undoTrash(notice.undoTrashOf as string[])}
            >
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
            <LibrarySearchField
              className="field search-field"
              label="Search briefings"
              query={query}
              placeholder="Title, place, tag, author or any word in the text"
              onQuery={setQuery}
            />
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
          {selectedIds.length > 0 ? (
            <div
              className="row-actions"
              role="toolbar"
              aria-label={
                selected ? `Actions for “${titleOf(selected)}”` : `Actions for ${selectedIds.length} briefings`
              }
            >
              {selected ? (
                <>
                  <button type="button" onClick={() => void open(selected.id)}>
                    Open
                  </button>
                  <button type="button" onClick={() => void duplicate(selected.id)}>
                    Duplicate
                  </button>
                  <button type="button" onClick={() => setHistoryFor(selected.id)}>
                    History
                  </button>
                </>
              ) : (
                <span className="selection-count">{selectedIds.length} selected</span>
              )}
              <button type="button" aria-haspopup="dialog" onClick={() => setExportFor(selectedIds)}>
                Export…
              </button>
              <span className="bulk-status">
                <select
                  aria-label="New status"
                  value={bulkStatus}
                  onChange={(event) => setBulkStatus(event.target.value as BriefingStatus)}
                >
                  {briefingStatuses.map((value) => (
                    <option key={value} value={value}>
                      {formatStatus(value)}
                    </option>
                  ))}
                </select>
                <button type="button" onClick={() => void setStatusOfSelected(bulkStatus)}>
                  Set status
                </button>
              </span>
              <button type="button" onClick={() => void trashSelected()}>
                Move to trash
              </button>
            </div>
          ) : (
            <p className="hint selection-hint">
              Select briefings to act on them: click, Shift-click for a range, Ctrl-click to add one, Ctrl+A for all.
            </p>
          )}
          <div className="library-body">
            <LibraryTable
              hits={hits}
              sort={sort ?? { key: query ? 'relevance' : 'updatedAt', direction: 'descending' }}
              onSort={setSort}
              selection={selection}
              onSelection={setSelection}
              onOpen={(id) => void open(id)}
              onTrash={() => void trashSelected()}
            />
            {historyFor ? (
              <HistoryPanel briefingId={historyFor} onRestored={refresh} onClose={() => setHistoryFor(undefined)} />
            ) : null}
          </div>
          {result ? <ShowMoreRows shown={hits.length} total={result.total} onShowMore={() => void showMore()} /> : null}
          {exportFor ? (
            <ExportDialog
              briefingIds={exportFor}
              suggestedTitle={hits.find((hit) => hit.briefing.id === exportFor[0])?.briefing.title ?? ''}
              onClose={() => setExportFor(undefined)}
            />
          ) : null}
        </>
      )}
    </section>
  );
}
