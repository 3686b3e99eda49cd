import { useState, useSyncExternalStore } from 'react';
import type { Briefing } from '../../../electron/common/briefing/briefing';
import type { BriefingContent } from '../../../electron/common/document/briefing-content';
import { getBriefdeskApi } from '../briefdesk-api';
import { useNavigation } from '../shell/navigation';
import type { BriefingSaver } from './briefing-saver';

/**
 * Shown when the briefing was saved elsewhere since it was opened: the user
 * chooses; until then nothing is overwritten and the text stays in the editor.
 */
export function ConflictNotice({
  saver,
  briefingId,
  readContent,
  onReload,
}: {
  saver: BriefingSaver;
  briefingId: string;
  readContent: () => BriefingContent;
  onReload: (briefing: Briefing) => void;
}) {
  const state = useSyncExternalStore(saver.subscribe, saver.getState);
  const { navigate } = useNavigation();
  const [problem, setProblem] = useState<string>();
  if (state.kind !== 'conflict') return null;
  const api = getBriefdeskApi();

  const keepMine = async () => {
    const stored = await api.briefings.get({ id: briefingId });
    if (!stored.ok) return setProblem(stored.error.message);
    await saver.overwriteWith(stored.value.revision);
  };
  const saveCopy = async () => {
    const title = saver.metadata.title ? `${saver.metadata.title} (my version)` : 'My version';
    const created = await api.briefings.create({ metadata: { ...saver.metadata, title }, content: readContent() });
    if (!created.ok) return setProblem(created.error.message);
    navigate({ screen: 'editor', briefingId: created.value.id });
  };
  const loadOther = async () => {
    const stored = await api.briefings.get({ id: briefingId });
    if (!stored.ok) return setProblem(stored.error.message);
    onReload(stored.value);
  };

  return (
    <div className="conflict-notice" role="alert" aria-labelledby="conflict-title">
      <h2 id="conflict-title">This briefing was changed elsewhere</h2>
      <p>{state.error.message} Choose what to keep:</p>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={() => void keepMine()}>
          Keep my version
        </button>
        <button type="button" onClick={() => void saveCopy()}>
          Save mine as a new briefing
        </button>
        <button type="button" onClick={() => void loadOther()}>
          Discard mine and open the other version
        </button>
      </div>
      {problem ? <p className="field-error">{problem}</p> : null}
    </div>
  );
}
