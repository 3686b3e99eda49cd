import { useEffect, useState } from 'react';
import type { BriefingSummary } from '../../../electron/common/briefing/briefing';
import { statusLabels } from '../../../electron/common/briefing/metadata-labels';
import { getBriefdeskApi } from '../briefdesk-api';
import { ExportDialog } from './ExportDialog';

/** Batch export: pick briefings from the library, then export them in one go (File → Export Briefings…). */
export function ExportScreen() {
  const [briefings, setBriefings] = useState<BriefingSummary[]>();
  const [problem, setProblem] = useState<string>();
  const [selected, setSelected] = useState<string[]>([]);
  const [exporting, setExporting] = useState<string[]>();

  useEffect(() => {
    void getBriefdeskApi()
      .briefings.list()
      .then((result) => {
        if (result.ok) setBriefings(result.value);
        else setProblem(result.error.message);
      });
  }, []);

  const toggle = (id: string, checked: boolean) =>
    setSelected((current) => (checked ? [...current, id] : current.filter((candidate) => candidate !== id)));
  const ordered = (briefings ?? []).filter((briefing) => selected.includes(briefing.id)).map((briefing) => briefing.id);

  return (
    <section aria-labelledby="export-title" className="screen">
      <h1 id="export-title">Export briefings</h1>
      <p className="hint">
        Choose briefings to export as self-contained HTML or tagged PDF, one file each or combined.
      </p>
      {problem ? (
        <p role="alert" className="message message-error">
          {problem}
        </p>
      ) : null}
      {briefings && briefings.length === 0 ? <p>The library is empty: there is nothing to export yet.</p> : null}
      {briefings && briefings.length > 0 ? (
        <>
          <label className="choice">
            <input
              type="checkbox"
              checked={selected.length === briefings.length}
              onChange={(event) => setSelected(event.target.checked ? briefings.map((briefing) => briefing.id) : [])}
            />
            Select all ({briefings.length})
          </label>
          <ul className="export-list">
            {briefings.map((briefing) => (
              <li key={briefing.id}>
                <label className="choice">
                  <input
                    type="checkbox"
                    checked={selected.includes(briefing.id)}
                    onChange={(event) => toggle(briefing.id, event.target.checked)}
                  />
                  {briefing.title || 'Untitled briefing'} — {statusLabels[briefing.status]}
                </label>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="primary"
            disabled={ordered.length === 0}
            onClick={() => setExporting(ordered)}
          >
            Export {ordered.length === 1 ? '1 briefing' : `${ordered.length} briefings`}…
          </button>
        </>
      ) : null}
      {exporting ? <ExportDialog briefingIds={exporting} onClose={() => setExporting(undefined)} /> : null}
    </section>
  );
}
