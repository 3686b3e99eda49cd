import type { Editor } from '@tiptap/core';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { readFindState } from './find-replace-plugin';
import { useEditorSnapshot } from './use-editor-snapshot';

const matchSummary = (editor: Editor) => {
  const find = readFindState(editor.state);
  return { count: find.matches.length, current: find.current };
};

/** Find & replace over the briefing body: next/previous, replace, replace all, match case. */
export function FindReplacePanel({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [matchCase, setMatchCase] = useState(false);
  const findInput = useRef<HTMLInputElement>(null);
  const id = useId();
  const summary = useEditorSnapshot(editor, matchSummary, { delayMs: 0 });

  useEffect(() => {
    findInput.current?.focus();
    findInput.current?.select();
  }, []);

  useEffect(() => {
    editor.commands.setSearch(query, matchCase);
  }, [editor, query, matchCase]);

  useEffect(() => () => void editor.commands.setSearch('', false), [editor]);

  const close = () => {
    onClose();
    editor.view.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Enter' && event.currentTarget === findInput.current) {
      event.preventDefault();
      editor.commands.goToMatch(event.shiftKey ? -1 : 1);
    }
  };

  const replaceOne = () => {
    if (summary.current === -1) editor.commands.goToMatch(1);
    editor.commands.replaceCurrentMatch(replacement);
    editor.commands.goToMatch(1);
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
      <input id={`${id}-find`} ref={findInput} value={query} onChange={(event) => setQuery(event.target.value)} />
      <label htmlFor={`${id}-replace`}>Replace with</label>
      <input id={`${id}-replace`} value={replacement} onChange={(event) => setReplacement(event.target.value)} />
      <label className="choice">
        <input type="checkbox" checked={matchCase} onChange={(event) => setMatchCase(event.target.checked)} />
        Match case
      </label>
      <span className="find-status" role="status">
        {status}
      </span>
      <div className="find-actions">
        <button type="button" disabled={summary.count === 0} onClick={() => editor.commands.goToMatch(-1)}>
          Previous
        </button>
        <button type="button" disabled={summary.count === 0} onClick={() => editor.commands.goToMatch(1)}>
          Next
        </button>
        <button type="button" disabled={summary.count === 0} onClick={replaceOne}>
          Replace
        </button>
        <button
          type="button"
          disabled={summary.count === 0}
          onClick={() => editor.commands.replaceAllMatches(replacement)}
        >
          Replace all
        </button>
        <button type="button" onClick={close}>
          Close
        </button>
      </div>
    </search>
  );
}
