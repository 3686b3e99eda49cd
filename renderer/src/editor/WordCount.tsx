import type { Editor } from '@tiptap/core';
import { useMemo } from 'react';
import { countWords, readingMinutes } from '../../../electron/common/document/count-words';
import { DocumentWordCount } from './document-word-count';
import { useEditorSnapshot } from './use-editor-snapshot';

const numberFormat = new Intl.NumberFormat();

/** Words in the selection, counted as the whole body is (key figures included); undefined without a selection. */
export function selectedWords(editor: Editor): number | undefined {
  const { from, to, empty } = editor.state.selection;
  if (empty) return undefined;
  const slice = editor.state.doc.slice(from, to);
  return countWords({ type: 'doc', content: slice.content.toJSON() ?? [] });
}

const words = (count: number) => `${numberFormat.format(count)} ${count === 1 ? 'word' : 'words'}`;

/** Live word count and reading time, recounted half a second after typing pauses; with a selection, its words too. */
export function WordCount({ editor }: { editor: Editor }) {
  // Recounts only the sections typed in since the last count.
  const counter = useMemo(() => new DocumentWordCount(), []);
  const total = useEditorSnapshot<number | undefined>(editor, (current) => counter.words(current.state.doc), {
    delayMs: 500,
    events: ['update'],
    key: String,
    initial: undefined,
  });
  const selected = useEditorSnapshot<number | undefined>(editor, selectedWords, {
    delayMs: 120,
    events: ['selectionUpdate', 'update'],
    key: String,
    initial: undefined,
  });
  return (
    <p className="word-count">
      <span data-testid="word-count">
        {total === undefined ? 'Counting words…' : `${words(total)} · ${readingMinutes(total)} min read`}
      </span>
      {selected !== undefined ? (
        <span className="selection-word-count" data-testid="selection-word-count">
          {words(selected)} selected
        </span>
      ) : null}
    </p>
  );
}
