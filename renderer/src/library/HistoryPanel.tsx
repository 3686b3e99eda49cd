import { useCallback, useEffect, useState } from 'react';
import type { Briefing } from '../../../electron/common/briefing/briefing';
import { briefingPlainText } from '../../../electron/common/document/briefing-plain-text';
import type { RevisionComparison } from '../../../electron/common/history/revision-comparison';
import { revisionLabel } from '../../../electron/common/history/revision-label';
import type {
  RestoreChoices,
  RevisionDiff,
  RevisionEntry,
  RevisionReason,
} from '../../../electron/common/library/library-types';
import type { MetadataField } from '../../../electron/common/library/metadata-changes';
import { getBriefdeskApi } from '../briefdesk-api';
import { NameVersionForm } from '../history/NameVersionForm';
import { RevisionComparisonView } from '../history/RevisionComparisonView';
import { ActionFeedback } from './ActionFeedback';
import { formatCount, formatDateTime } from './format-library';
import { errorMessage, unwrap } from './library-api';
import { RestoreChoicesForm } from './RestoreChoicesForm';
import { TextDiffView } from './TextDiffView';
import './library.css';

const reasonLabels: Record<RevisionReason, string> = {
  created: 'Created',
  editing: 'While editing',
  'status-change': 'Status changed',
  'before-restore': 'Before a restore',
  restored: 'Restored',
  recovered: 'Unsaved text restored',
  'before-conflict-choice': 'Other version, before a conflict choice',
  'conflict-choice': 'Kept in a conflict',
  named: 'Named version',
  'forced-export': 'Exported anyway',
  unlocked: 'Unlocked for editing',
};

type Shown =
  | { kind: 'view'; entry: RevisionEntry; text: string }
  | { kind: 'diff'; entry: RevisionEntry; diff: RevisionDiff }
  | { kind: 'restore'; choices: RestoreChoices }
  | { kind: 'comparison'; comparison: RevisionComparison };

export interface HistoryPanelProps {
  briefingId: string;
  /** Called with the briefing after a revision was restored, so an open editor can reload it. */
  onRestored?: (briefing: Briefing) => void;
  onClose?: () => void;
}

/** The revisions of one briefing: name the newest, view any, compare one with the current text or any two side by side, restore one. */
export function HistoryPanel({ briefingId, onRestored, onClose }: HistoryPanelProps) {
  const [revisions, setRevisions] = useState<RevisionEntry[]>();
  const [shown, setShown] = useState<Shown>();
  const [status, setStatus] = useState<string>();
  const [error, setError] = useState<string>();
  /** Up to two versions chosen for a side-by-side comparison: revision ids, or `current`. */
  const [chosen, setChosen] = useState<string[]>([]);

  const load = useCallback(async () => {
    try {
      setRevisions(await unwrap(getBriefdeskApi().history.list({ id: briefingId })));
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }, [briefingId]);

  useEffect(() => {
    setShown(undefined);
    setStatus(undefined);
    setChosen([]);
    void load();
  }, [load]);

  const run = async (task: () => Promise<void>) => {
    setError(undefined);
    setStatus(undefined);
    try {
      await task();
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  const view = (entry: RevisionEntry) =>
    run(async () => {
      const { briefing } = await unwrap(
        getBriefdeskApi().history.get({ id: briefingId, revisionId: entry.revisionId }),
      );
      const text = `${briefing.metadata.title}\n\n${briefingPlainText(briefing.content)}`;
      setShown({ kind: 'view', entry, text });
    });

  const compare = (entry: RevisionEntry) =>
    run(async () => {
      const diff = await unwrap(getBriefdeskApi().history.diff({ id: briefingId, revisionId: entry.revisionId }));
      setShown({ kind: 'diff', entry, diff });
    });

  const toggleChosen = (version: string, on: boolean) =>
    setChosen((current) =>
      on
        ? [...current.filter((item) => item !== version), version].slice(-2)
        : current.filter((item) => item !== version),
    );

  const savedAtOf = (version: string) =>
    version === 'current' ? '\uffff' : (revisions?.find((entry) => entry.revisionId === version)?.savedAt ?? '');

  const compareChosen = () =>
    run(async () => {
      const [older, newer] = [...chosen].sort((a, b) => savedAtOf(a).localeCompare(savedAtOf(b)));
      if (!older || !newer) return;
      const comparison = await unwrap(getBriefdeskApi().history.compare({ id: briefingId, older, newer }));
      setShown({ kind: 'comparison', comparison });
    });

  const nameVersion = (name: string) =>
    run(async () => {
      const entry = await unwrap(getBriefdeskApi().history.name({ id: briefingId, name }));
      setStatus(`Named revision ${entry.revision} “${entry.name ?? name}”.`);
      await load();
    });

  const chooseRestore = (entry: RevisionEntry) =>
    run(async () => {
      const choices = await unwrap(
        getBriefdeskApi().history.restoreChoices({ id: briefingId, revisionId: entry.revisionId }),
      );
      setShown({ kind: 'restore', choices });
    });

  const restore = (entry: RevisionEntry, metadataFields: MetadataField[]) =>
    run(async () => {
      const briefing = await unwrap(
        getBriefdeskApi().history.restore({ id: briefingId, revisionId: entry.revisionId, metadataFields }),
      );
      setShown(undefined);
      const details = metadataFields.length > 0 ? ' and the details you chose' : '';
      setStatus(
        `Restored the text${details} of revision ${entry.revision} as revision ${briefing.revision}. The text before the restore is kept in the history.`,
      );
      onRestored?.(briefing);
      await load();
    });

  return (
    <section className="history-panel" aria-labelledby="history-title">
      <header className="panel-header">
        <h2 id="history-title">History</h2>
        {onClose ? (
          <button type="button" onClick={onClose}>
            Close history
          </button>
        ) : null}
      </header>
      <ActionFeedback status={status} error={error} />
      <NameVersionForm onName={nameVersion} />
      <div className="compare-bar">
        <label className="compare-choice">
          <input
            type="checkbox"
            checked={chosen.includes('current')}
            onChange={(event) => toggleChosen('current', event.target.checked)}
          />
          Compare the current text
        </label>{' '}
        <button type="button" disabled={chosen.length !== 2} onClick={() => void compareChosen()}>
          Compare side by side
        </button>
      </div>
      {revisions === undefined ? <p className="hint">Loading revisions…</p> : null}
      {revisions?.length === 0 ? <p className="hint">No revisions are kept yet.</p> : null}
      <ol className="revision-list" aria-label="Revisions, newest first">
        {revisions?.map((entry) => (
          <li key={entry.revisionId} className="revision-item">
            <span className="revision-label">
              <strong>{revisionLabel(entry)}</strong> · {formatDateTime(entry.savedAt)} · {reasonLabels[entry.reason]} ·{' '}
              {formatCount(entry.wordCount)} words
            </span>
            <span className="revision-actions">
              <label className="compare-choice">
                <input
                  type="checkbox"
                  checked={chosen.includes(entry.revisionId)}
                  onChange={(event) => toggleChosen(entry.revisionId, event.target.checked)}
                  aria-label={`Choose revision ${entry.revision} to compare`}
                />
                Choose
              </label>
              <button type="button" onClick={() => void view(entry)} aria-label={`View revision ${entry.revision}`}>
                View
              </button>
              <button
                type="button"
                onClick={() => void compare(entry)}
                aria-label={`Compare revision ${entry.revision}`}
              >
                Compare
              </button>
              <button
                type="button"
                onClick={() => void chooseRestore(entry)}
                aria-label={`Restore revision ${entry.revision}`}
              >
                Restore
              </button>
            </span>
          </li>
        ))}
      </ol>
      {shown?.kind === 'view' ? (
        <figure className="revision-view">
          <figcaption>Revision {shown.entry.revision} as it was</figcaption>
          <pre className="revision-text">{shown.text}</pre>
        </figure>
      ) : null}
      {shown?.kind === 'diff' ? (
        <figure className="revision-view">
          <figcaption>
            Changes since revision {shown.entry.revision}: {formatCount(shown.diff.addedWords)} words added,{' '}
            {formatCount(shown.diff.removedWords)} removed
          </figcaption>
          <TextDiffView parts={shown.diff.parts} testId="revision-diff" />
        </figure>
      ) : null}
      {shown?.kind === 'comparison' ? <RevisionComparisonView comparison={shown.comparison} /> : null}
      {shown?.kind === 'restore' ? (
        <RestoreChoicesForm
          choices={shown.choices}
          onRestore={(fields) => void restore(shown.choices.entry, fields)}
          onCancel={() => setShown(undefined)}
        />
      ) : null}
    </section>
  );
}
