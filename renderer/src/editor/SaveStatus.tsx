import { useSyncExternalStore } from 'react';
import type { BriefingSaver, SaveState } from './briefing-saver';

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

export function describeSaveState(state: SaveState): string {
  switch (state.kind) {
    case 'saved':
      return `Saved ${timeFormat.format(state.at)}`;
    case 'pending':
      return 'Unsaved changes…';
    case 'saving':
      return 'Saving…';
    case 'failed':
    case 'conflict':
      return `Not saved: ${state.error.message}`;
  }
}

/** The save indicator; re-renders only when the save state changes, never per keystroke. */
export function SaveStatus({
  saver,
  confirmation = '',
}: {
  saver: BriefingSaver /** The answer to "save now". */;
  confirmation?: string;
}) {
  const state = useSyncExternalStore(saver.subscribe, saver.getState);
  const failed = state.kind === 'failed';
  return (
    <div className={`save-status save-status-${state.kind}`} data-testid="save-status">
      <span role={failed || state.kind === 'conflict' ? 'alert' : undefined}>{describeSaveState(state)}</span>
      {failed ? (
        <button type="button" onClick={() => void saver.flush()}>
          Try again
        </button>
      ) : null}
      <span className="save-confirmation" role="status" data-testid="save-confirmation">
        {confirmation}
      </span>
    </div>
  );
}
