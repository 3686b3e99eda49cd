import { useState } from 'react';
import type { Briefing } from '../../../electron/common/briefing/briefing';
import { ExportDialog } from '../export/ExportDialog';
import { HistoryPanel } from '../library/HistoryPanel';
import { SaveAsTemplateDialog } from '../templates/SaveAsTemplateDialog';
import type { BriefingSaver } from './briefing-saver';

type Opened = 'history' | 'export' | 'template' | undefined;

/**
 * The editor's briefing-level actions: history, export and "save as template".
 * Each saves the editor's text first, so what it works on is what the user sees.
 */
export function BriefingActions({
  briefingId,
  saver,
  onRestored,
}: {
  briefingId: string;
  saver: BriefingSaver;
  /** A revision was restored: the editor reloads the restored briefing. */
  onRestored: (briefing: Briefing) => void;
}) {
  const [opened, setOpened] = useState<Opened>();
  const [problem, setProblem] = useState<string>();

  const openAfterSaving = async (what: Exclude<Opened, undefined>) => {
    setProblem(undefined);
    await saver.flush();
    const state = saver.state;
    if (state.kind === 'failed' || state.kind === 'conflict') {
      setProblem(`Save the briefing first: ${state.error.message}`);
      return;
    }
    setOpened(what);
  };

  return (
    <>
      <div className="briefing-actions">
        <button
          type="button"
          aria-expanded={opened === 'history'}
          onClick={() => (opened === 'history' ? setOpened(undefined) : void openAfterSaving('history'))}
        >
          History
        </button>
        <button type="button" aria-haspopup="dialog" onClick={() => void openAfterSaving('export')}>
          Export…
        </button>
        <button type="button" aria-haspopup="dialog" onClick={() => void openAfterSaving('template')}>
          Save as template…
        </button>
      </div>
      {problem ? (
        <p className="message message-error briefing-actions-problem" role="alert">
          {problem}
        </p>
      ) : null}
      {opened === 'history' ? (
        <div className="editor-history">
          <HistoryPanel briefingId={briefingId} onRestored={onRestored} onClose={() => setOpened(undefined)} />
        </div>
      ) : null}
      {opened === 'export' ? <ExportDialog briefingIds={[briefingId]} onClose={() => setOpened(undefined)} /> : null}
      {opened === 'template' ? (
        <SaveAsTemplateDialog briefingId={briefingId} onClose={() => setOpened(undefined)} />
      ) : null}
    </>
  );
}
