import { useState, useSyncExternalStore } from 'react';
import type { Briefing } from '../../../electron/common/briefing/briefing';
import type { BriefingContent } from '../../../electron/common/document/briefing-content';
import type { ConflictResolution } from '../../../electron/common/library/library-types';
import { getBriefdeskApi } from '../briefdesk-api';
import type { BriefingSaver } from './briefing-saver';

type Choice = 'mine' | 'theirs' | 'discard-mine';

function describeOutcome(choice: Choice, { briefing, conflictCopy }: ConflictResolution): string {
  const copy = conflictCopy ? `“${conflictCopy.title}”` : undefined;
  if (choice === 'mine') {
    return copy
      ? `Kept your version as revision ${briefing.revision}. The other version is kept in the library as ${copy}.`
      : `Kept your version as revision ${briefing.revision}.`;
  }
  if (choice === 'theirs') return `Opened the other version. Your text is kept in the library as ${copy}.`;
  return 'Opened the other version. Your text was discarded.';
}

/**
 * Shown when the briefing was saved elsewhere since it was opened: the user
 * chooses; until then nothing is overwritten and the text stays in the editor.
 * Keeping either version keeps the other as a conflict copy; only "Discard" drops text.
 */
export function ConflictNotice({
  saver,
  briefingId,
  readContent,
  beforeResolving,
  onReload,
}: {
  saver: BriefingSaver;
  briefingId: string;
  readContent: () => BriefingContent;
  /** Stops anything still writing this editor's text (the recovery journal) before the choice is made. */
  beforeResolving: () => Promise<void>;
  onReload: (briefing: Briefing, notice?: string) => void;
}) {
  const state = useSyncExternalStore(saver.subscribe, saver.getState);
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  if (state.kind !== 'conflict') return null;

  const resolve = async (keep: Choice) => {
    setBusy(true);
    setProblem(undefined);
    await beforeResolving();
    const result = await getBriefdeskApi().briefings.resolveConflict({
      id: briefingId,
      revision: saver.revision,
      metadata: saver.metadata,
      content: readContent(),
      keep,
    });
    setBusy(false);
    if (!result.ok) return setProblem(result.error.message);
    onReload(result.value.briefing, describeOutcome(keep, result.value));
  };

  return (
    <div className="conflict-notice" role="alert" aria-labelledby="conflict-title">
      <h2 id="conflict-title">This briefing was changed elsewhere</h2>
      <p>{state.error.message} Choose what to keep:</p>
      <div className="dialog-actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void resolve('mine')}>
          Keep my version
        </button>
        <button type="button" disabled={busy} onClick={() => void resolve('theirs')}>
          Keep the other version
        </button>
        <button type="button" disabled={busy} onClick={() => void resolve('discard-mine')}>
          Discard mine and open the other version
        </button>
      </div>
      {problem ? <p className="field-error">{problem}</p> : null}
    </div>
  );
}
