import type { ImportOutcome } from '../../../electron/common/import/import-requests';
import { DroppedList } from './DroppedList';

export interface ImportResultPanelProps {
  outcome: ImportOutcome;
  /** True once the user brought the clutter back. */
  clutterRestored: boolean;
  undoing: boolean;
  onUndo: () => void;
  onOpen: () => void;
}

/** What an import made: the briefing, what was left out (with Undo) and anything that could not come in. */
export function ImportResultPanel({ outcome, clutterRestored, undoing, onUndo, onOpen }: ImportResultPanelProps) {
  const { briefing, dropped, notices } = outcome;
  const title = briefing.metadata.title || 'Untitled briefing';
  const sections = (briefing.content.content ?? []).filter((node) => node.type === 'section').length;
  return (
    <section className="import-result" aria-labelledby="import-result-title">
      <h2 id="import-result-title">Imported “{title}”</h2>
      <p>
        A new briefing with {sections} section{sections === 1 ? '' : 's'}.{' '}
        <button type="button" onClick={onOpen}>
          Open the briefing
        </button>
      </p>
      {clutterRestored ? (
        <p className="message message-info" role="status">
          Site clutter restored: the briefing now holds everything that was on the page.
        </p>
      ) : dropped.length > 0 ? (
        <div className="message message-warning import-dropped" role="status" aria-label="Dropped site clutter">
          <p>
            Left out {dropped.length} piece{dropped.length === 1 ? '' : 's'} of site clutter:
          </p>
          <DroppedList dropped={dropped} />
          <button type="button" onClick={onUndo} disabled={undoing}>
            {undoing ? 'Restoring…' : 'Undo: keep the clutter'}
          </button>
        </div>
      ) : null}
      {notices.length > 0 ? (
        <ul className="import-notices" aria-label="Import notices">
          {notices.map((notice) => (
            <li key={notice} className="message message-info">
              {notice}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
