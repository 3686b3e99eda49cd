import type { Editor } from '@tiptap/core';
import { useEffect, useRef, useState } from 'react';
import type { Briefing } from '../../../electron/common/briefing/briefing';
import { ExportDialog } from '../export/ExportDialog';
import { HistoryPanel } from '../library/HistoryPanel';
import { SaveAsTemplateDialog } from '../templates/SaveAsTemplateDialog';
import type { BriefingSaver } from './briefing-saver';
import { rememberFocus } from './focus-return';
import { ariaShortcut, shortcutLabel } from './shortcut-label';
import type { WorkspaceCommands } from './workspace-commands';

type Opened = 'history' | 'export' | 'template' | undefined;

/**
 * The editor's briefing-level actions: history, export and "save as template".
 * Each saves the editor's text first, so what it works on is what the user sees;
 * closing one gives the focus back to where it was (the text, or the button).
 */
export function BriefingActions({
  briefingId,
  saver,
  commands,
  editor,
  onRestored,
}: {
  briefingId: string;
  saver: BriefingSaver;
  /** Ctrl+P and File → Export run `export` here. */
  commands: WorkspaceCommands;
  editor: Editor | undefined;
  /** A revision was restored: the editor reloads the restored briefing. */
  onRestored: (briefing: Briefing) => void;
}) {
  const [opened, setOpened] = useState<Opened>();
  const [problem, setProblem] = useState<string>();
  const returnFocus = useRef<() => void>(() => undefined);

  const focusPending = useRef(false);

  const close = () => {
    focusPending.current = true;
    setOpened(undefined);
  };

  // Once the dialog has left the page (a modal dialog makes everything else inert until then).
  useEffect(() => {
    if (opened !== undefined || !focusPending.current) return;
    focusPending.current = false;
    returnFocus.current();
  }, [opened]);

  const openAfterSaving = async (what: Exclude<Opened, undefined>) => {
    setProblem(undefined);
    const previous = document.activeElement;
    returnFocus.current = editor
      ? rememberFocus(editor)
      : () => (previous instanceof HTMLElement && previous.isConnected ? previous.focus() : undefined);
    await saver.flush();
    const state = saver.state;
    if (state.kind === 'failed' || state.kind === 'conflict') {
      setProblem(`Save the briefing first: ${state.error.message}`);
      return;
    }
    setOpened(what);
  };

  const openRef = useRef(openAfterSaving);
  openRef.current = openAfterSaving;
  useEffect(() => commands.on('export', () => void openRef.current('export')), [commands]);

  return (
    <>
      <div className="briefing-actions">
        <button
          type="button"
          aria-expanded={opened === 'history'}
          onClick={() => (opened === 'history' ? close() : void openAfterSaving('history'))}
        >
          History
        </button>
        <button
          type="button"
          aria-haspopup="dialog"
          aria-keyshortcuts={ariaShortcut('Mod-p')}
          title={`Export this briefing (${shortcutLabel('Mod-p')})`}
          onClick={() => void openAfterSaving('export')}
        >
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
          <HistoryPanel briefingId={briefingId} onRestored={onRestored} onClose={close} />
        </div>
      ) : null}
      {opened === 'export' ? (
        <ExportDialog briefingIds={[briefingId]} suggestedTitle={saver.metadata.title} onClose={close} />
      ) : null}
      {opened === 'template' ? <SaveAsTemplateDialog briefingId={briefingId} onClose={close} /> : null}
    </>
  );
}
