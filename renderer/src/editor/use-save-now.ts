import { useCallback, useEffect, useRef, useState } from 'react';
import type { BriefingSaver } from './briefing-saver';
import { describeSaveState } from './SaveStatus';

/** How long the answer to Ctrl+S stays on screen. */
const confirmationMs = 4000;

/**
 * "Save now" (Ctrl+S, File → Save): saves whatever is unsaved and answers in words
 * even when there was nothing to save, so the key press never looks ignored.
 */
export function useSaveNow(saver: BriefingSaver): { saveNow: () => Promise<void>; confirmation: string } {
  const [confirmation, setConfirmation] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const saveNow = useCallback(async () => {
    clearTimeout(timer.current);
    setConfirmation('Saving…');
    const hadChanges = saver.hasUnsavedChanges;
    await saver.flush();
    const state = saver.state;
    if (state.kind === 'saved') {
      setConfirmation(
        hadChanges ? `${describeSaveState(state)}.` : `Nothing new to save: ${describeSaveState(state)}.`,
      );
    } else {
      setConfirmation(describeSaveState(state));
    }
    timer.current = setTimeout(() => setConfirmation(''), confirmationMs);
  }, [saver]);
  return { saveNow, confirmation };
}
