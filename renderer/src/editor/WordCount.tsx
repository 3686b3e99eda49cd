import type { Editor } from '@tiptap/core';
import { countWords, readingMinutes } from '../../../electron/common/document/count-words';
import { useEditorSnapshot } from './use-editor-snapshot';

const numberFormat = new Intl.NumberFormat();

const wordsOf = (editor: Editor) => countWords(editor.getJSON());

/** Live word count and reading time, recounted half a second after typing pauses. */
export function WordCount({ editor }: { editor: Editor }) {
  const words = useEditorSnapshot<number | undefined>(editor, wordsOf, {
    delayMs: 500,
    events: ['update'],
    key: String,
    initial: undefined,
  });
  if (words === undefined) {
    return (
      <p className="word-count" data-testid="word-count">
        Counting words…
      </p>
    );
  }
  return (
    <p className="word-count" data-testid="word-count">
      {numberFormat.format(words)} {words === 1 ? 'word' : 'words'} · {readingMinutes(words)} min read
    </p>
  );
}
