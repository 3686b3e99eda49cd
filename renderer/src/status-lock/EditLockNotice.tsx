import type { Editor } from '@tiptap/core';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { statusLabels } from '../../../electron/common/briefing/metadata-labels';
import { getBriefdeskApi } from '../briefdesk-api';
import { NextUpdateButton } from '../claims/NextUpdateButton';
import type { BriefingSaver } from '../editor/briefing-saver';
import { errorMessage, unwrap } from '../library/library-api';
import type { EditLock } from './edit-lock';
import './status-lock.css';

/**
 * Says that an approved or published briefing is read-only and, when the user tries to edit it, asks:
 * start a new update from it, or unlock it (main records who and when, also in the history).
 * A change the text's guard cannot see (a panel's details, such as a new source) is refused by main's
 * save; that refusal asks the same, and an unlock saves the change at once.
 */
export function EditLockNotice({
  lock,
  briefingId,
  editor,
  saver,
}: {
  lock: EditLock;
  briefingId: string;
  editor: Editor | undefined;
  saver: BriefingSaver;
}) {
  const locked = useSyncExternalStore(lock.subscribe, lock.isLocked);
  const attempts = useSyncExternalStore(lock.subscribe, lock.attempts);
  const [asking, setAsking] = useState(false);
  const [said, setSaid] = useState('');
  const question = useRef<HTMLDivElement>(null);
  const shownAttempts = useRef(attempts);

  useEffect(() => {
    if (attempts === shownAttempts.current) return;
    shownAttempts.current = attempts;
    setAsking(true);
    setSaid('');
  }, [attempts]);
  useEffect(() => {
    if (asking) question.current?.querySelector('button')?.focus();
  }, [asking]);
  useEffect(() => {
    // Asks once per refused change, not at each of the saver's retries.
    let asked = false;
    return saver.subscribe(() => {
      const state = saver.getState();
      if (state.kind === 'saved') asked = false;
      if (state.kind !== 'failed' || state.error.code !== 'locked' || asked) return;
      asked = true;
      lock.attemptEdit();
    });
  }, [saver, lock]);

  const unlock = async () => {
    try {
      const unlocked = await unwrap(getBriefdeskApi().briefings.unlock({ id: briefingId }));
      const record = unlocked.metadata.unlocked;
      lock.unlocked(record);
      setAsking(false);
      void saver.flush();
      setSaid(
        record
          ? `Unlocked for editing by ${record.by} at ${record.at.replace('T', ' ').slice(0, 16)}; the history records it.`
          : '',
      );
      editor?.commands.focus();
    } catch (error) {
      setSaid(`The briefing could not be unlocked: ${errorMessage(error)}`);
    }
  };
  const keepReading = () => {
    setAsking(false);
    editor?.commands.focus();
  };

  if (!locked) {
    return said ? (
      <p className="edit-lock-status" role="status">
        {said}
      </p>
    ) : null;
  }
  const status = statusLabels[lock.status].toLowerCase();
  return (
    <div className="edit-lock-notice">
      {asking ? (
        <div
          ref={question}
          role="alertdialog"
          aria-labelledby={`${briefingId}-lock-question`}
          className="edit-lock-question"
        >
          <p id={`${briefingId}-lock-question`}>
            This briefing is {status}, so it is read-only. Start a new update from it, or unlock it for editing? An
            unlock is recorded with your name and the time.
          </p>
          <NextUpdateButton briefingId={briefingId} flush={() => saver.flush()} />
          <button type="button" onClick={() => void unlock()}>
            Unlock for editing
          </button>
          <button type="button" onClick={keepReading}>
            Keep reading
          </button>
        </div>
      ) : (
        <p className="edit-lock-banner">
          <span>Read-only: this briefing is {status}.</span>
          <button type="button" onClick={() => setAsking(true)}>
            Edit…
          </button>
        </p>
      )}
      {said ? <p role="alert">{said}</p> : null}
    </div>
  );
}
