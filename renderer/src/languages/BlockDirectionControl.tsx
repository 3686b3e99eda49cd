import type { Editor } from '@tiptap/core';
import { useEditorSnapshot } from '../editor/use-editor-snapshot';
import { blockDirectionAtCaret, blockDirectionChoices, chooseBlockDirection } from './block-direction';

/**
 * The toolbar's direction control for the block at the caret: three toggle buttons (left to right,
 * right to left, from the text), at most one pressed; pressing the pressed one lets the block follow its
 * language again. They sit in the toolbar's arrow-key order like every other tool.
 */
export function BlockDirectionControl({ editor }: { editor: Editor }) {
  const chosen = useEditorSnapshot(editor, blockDirectionAtCaret, { delayMs: 60, events: ['transaction'] });
  return (
    <fieldset className="toolbar-group block-direction">
      <legend className="visually-hidden">Text direction</legend>
      {blockDirectionChoices.map((choice) => (
        <button
          key={choice.dir}
          type="button"
          className="toolbar-button"
          title={`${choice.label}${chosen === choice.dir ? ' (press again to follow the language)' : ''}`}
          aria-pressed={chosen === choice.dir}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => chooseBlockDirection(editor, choice.dir)}
        >
          <span aria-hidden="true">{choice.text}</span>
          <span className="visually-hidden">{choice.label}</span>
        </button>
      ))}
    </fieldset>
  );
}
