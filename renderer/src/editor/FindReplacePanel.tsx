import type { Editor } from '@tiptap/core';
import { type KeyboardEvent, useCallback, useEffect, useId, useRef, useState } from 'react';
import { readFindState } from './find-replace-plugin';
import { shortcutLabel } from './shortcut-label';
import { useEditorSnapshot } from './use-editor-snapshot';

const matchSummary = (editor: Editor) => {
  const find = readFindState(editor.state);
  return { count: find.matches.length, current: find.current };
};

/** Brings the current match into the middle of the view: ProseMirror scrolls only to a focused selection. */
function revealCurrentMatch(editor: Editor): void {
  const current = editor.view.dom.querySelector('.find-current');
  current?.scrollIntoView({ block: 'center', inline: 'nearest' });
}

/** True when the selection is exactly the current match, i.e. the user has seen what Replace will change. */
function currentMatchSelected(editor: Editor): boolean {
  const find = readFindState(editor.state);
  const match = find.matches[find.current];
  const { from, to } = editor.state.selection;
  return match !== undefined && match.from === from && match.to === to;
}

/**
 * Find & replace over the briefing body, as in Word: each match is selected, highlighted and
 * scrolled to (Enter / Shift+Enter, F3 / Shift+F3, Next / Previous); Replace first shows the
 * match, then replaces it and moves on; match case and whole words only.
 */
export function FindReplacePanel({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const [query, setQuery] = useState(() => {
    const { from, to, empty } = editor.state.selection;
    const selected = empty ? '' : editor.state.doc.textBetween(from, to, ' ');
    return selected.length <= 100 && !selected.includes('\n') ? selected : '';
  });
  const [replacement, setReplacement] = useState('');
  const [matchCase, setMatchCase] = useState(false);
  const [wholeWord, setWholeWord] = useState(false);
  const findInput = useRef<HTMLInputElement>(null);
  const id = useId();
  const summary = useEditorSnapshot(editor, matchSummary, { delayMs: 0 });

  useEffect(() => {
    findInput.current?.focus();
    findInput.current?.select();
  }, []);

  useEffect(() => {
    editor.commands.setSearch(query, { matchCase, wholeWord });
  }, [editor, query, matchCase, wholeWord]);

  useEffect(() => () => void editor.commands.setSearch(''), [editor]);

  const go = useCallback(
    (direction: 1 | -1) => {
      if (editor.commands.goToMatch(direction)) revealCurrentMatch(editor);
    },
    [editor],
  );

  // F3 / Shift+F3 move between matches wherever the focus is, the text included.
  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'F3' || event.ctrlKey || event.metaKey || event.altKey) return;
      event.preventDefault();
      go(event.shiftKey ? -1 : 1);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [go]);

  const close = () => {
    onClose();
    // The text takes the focus back with the last match still selected.
    editor.view.focus();
  };

  const replaceOne = () => {
    if (!currentMatchSelected(editor)) {
      go(1);
      return;
    }
    editor.commands.replaceCurrentMatch(replacement);
    go(1);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Enter' && event.target === findInput.current) {
      event.preventDefault();
      go(event.shiftKey ? -1 : 1);
    } else if (
      event.key === 'Enter' &&
      event.target instanceof HTMLInputElement &&
      event.target.id === `${id}-replace`
    ) {
      event.preventDefault();
      replaceOne();
    }
  };

  let status = 'Type to search';
  if (query) {
    if (summary.count === 0) status = 'No matches';
    else if (summary.current === -1) status = `${summary.count} ${summary.count === 1 ? 'match' : 'matches'}`;
    else status = `${summary.current + 1} of ${summary.count}`;
  }

  return (
    <search className="find-panel" aria-label="Find and replace" onKeyDown={onKeyDown}>
      <label htmlFor={`${id}-find`}>Find</label>
      <input
        id={`${id}-find`}
        ref={findInput}
        value={query}
        aria-describedby={`${id}-keys`}
        onChange={(event) => setQuery(event.target.value)}
      />
      <label htmlFor={`${id}-replace`}>Replace with</label>
      <input id={`${id}-replace`} value={replacement} onChange={(event) => setReplacement(event.target.value)} />
      <label className="choice">
        <input type="checkbox" checked={matchCase} onChange={(event) => setMatchCase(event.target.checked)} />
        Match case
      </label>
      <label className="choice">
        <input type="checkbox" checked={wholeWord} onChange={(event) => setWholeWord(event.target.checked)} />
        Whole words only
      </label>
      <span className="find-status" role="status">
        {status}
      </span>
      <span id={`${id}-keys`} className="visually-hidden">
        Enter or F3 for the next match, Shift+Enter or Shift+F3 for the previous one, Escape to close.
      </span>
      <div className="find-actions">
        <button
          type="button"
          disabled={summary.count === 0}
          title="Previous match (Shift+Enter, Shift+F3)"
          onClick={() => go(-1)}
        >
          Previous
        </button>
        <button type="button" disabled={summary.count === 0} title="Next match (Enter, F3)" onClick={() => go(1)}>
          Next
        </button>
        <button
          type="button"
          disabled={summary.count === 0}
          title="Shows the match, then replaces it and moves on"
          onClick={replaceOne}
        >
          Replace
        </button>
        <button
          type="button"
          disabled={summary.count === 0}
          onClick={() => editor.commands.replaceAllMatches(replacement)}
        >
          Replace all
        </button>
        <button type="button" title={`Close (Esc); reopen with ${shortcutLabel('Mod-f')}`} onClick={close}>
          Close
        </button>
      </div>
    </search>
  );
}
