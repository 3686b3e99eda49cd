import { useCallback, useEffect, useState } from 'react';
import type { TrashEntry } from '../../../electron/common/library/library-types';
import { getBriefdeskApi } from '../briefdesk-api';
import { ActionFeedback } from './ActionFeedback';
import { formatDateTime } from './format-library';
import { errorMessage, unwrap } from './library-api';

/** Trashed briefings, kept 30 days: restore one, or empty the trash. */
export function TrashView({ onChanged }: { onChanged: () => void }) {
  const [entries, setEntries] = useState<TrashEntry[]>();
  const [status, setStatus] = useState<string>();
  const [error, setError] = useState<string>();
  const [confirming, setConfirming] = useState(false);

  const load = useCallback(async () => {
    try {
      setEntries(await unwrap(getBriefdeskApi().trash.list()));
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const restore = async (entry: TrashEntry) => {
    setError(undefined);
    try {
      await unwrap(getBriefdeskApi().trash.restore({ id: entry.id }));
      setStatus(`Restored “${entry.title || 'Untitled briefing'}” to the library.`);
      onChanged();
      await load();
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  const empty = async () => {
    setConfirming(false);
    setError(undefined);
    try {
      const { removed } = await unwrap(getBriefdeskApi().trash.empty());
      setStatus(`Deleted ${removed} briefing${removed === 1 ? '' : 's'} for good.`);
      await load();
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  return (
    <section className="trash-view" aria-labelledby="trash-title">
      <h2 id="trash-title">Trash</h2>
      <p className="hint">Briefings stay here for 30 days, then they are deleted.</p>
      <ActionFeedback status={status} error={error} />
      {entries?.length === 0 ? <p className="hint">The trash is empty.</p> : null}
      <ul className="trash-list" aria-label="Trashed briefings">
        {entries?.map((entry) => (
          <li key={entry.id}>
            <span>
              <strong>{entry.title || 'Untitled briefing'}</strong> · moved to the trash{' '}
              {formatDateTime(entry.trashedAt)}
            </span>
            <button type="button" onClick={() => void restore(entry)}>
              Restore <span className="visually-hidden">{entry.title || 'Untitled briefing'}</span>
            </button>
          </li>
        ))}
      </ul>
      {entries && entries.length > 0 ? (
        confirming ? (
          <p className="form-actions">
            <span>Delete {entries.length} briefings and their history for good?</span>
            <button type="button" className="danger" onClick={() => void empty()}>
              Delete for good
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep them
            </button>
          </p>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            Empty trash
          </button>
        )
      ) : null}
    </section>
  );
}
