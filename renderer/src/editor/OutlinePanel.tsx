import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { documentOutline, type OutlineEntry } from './document-outline';
import { shortcutLabel } from './shortcut-label';
import { useEditorSnapshot } from './use-editor-snapshot';

const outlineOf = (editor: Editor) => documentOutline(editor.state.doc);

function jumpTo(editor: Editor, entry: OutlineEntry): void {
  const { doc } = editor.state;
  const headingSize = doc.nodeAt(entry.position)?.content.size ?? 0;
  const inside = Math.min(entry.position + 1 + headingSize, doc.content.size);
  editor.view.dispatch(editor.state.tr.setSelection(TextSelection.near(doc.resolve(inside))).scrollIntoView());
  editor.view.focus();
  const heading = editor.view.nodeDOM(entry.position);
  if (heading instanceof HTMLElement) heading.scrollIntoView({ block: 'start' });
}

function moveSection(editor: Editor, entry: OutlineEntry, direction: 'up' | 'down'): void {
  const { doc } = editor.state;
  editor.view.dispatch(editor.state.tr.setSelection(TextSelection.near(doc.resolve(entry.position + 1))));
  editor.commands.moveSection(direction);
}

/** The sections and headings of the briefing; click or Enter jumps there, buttons move sections. */
export function OutlinePanel({ editor }: { editor: Editor }) {
  const entries = useEditorSnapshot(editor, outlineOf, { delayMs: 250, events: ['update'] });
  const sectionCount = entries.filter((entry) => entry.sectionKind !== undefined).length;
  let sectionNumber = 0;
  return (
    <nav className="outline-panel" aria-label="Outline">
      <h2 className="panel-title">Outline</h2>
      {entries.length === 0 ? <p className="hint">Sections and headings appear here.</p> : null}
      <ol className="outline-list">
        {entries.map((entry) => {
          const title = entry.text || 'Untitled section';
          if (entry.sectionKind !== undefined) sectionNumber += 1;
          return (
            <li key={`${entry.position}-${entry.level}`} className={`outline-entry outline-level-${entry.level}`}>
              <button type="button" className="outline-jump" onClick={() => jumpTo(editor, entry)}>
                {title}
              </button>
              {entry.sectionKind !== undefined ? (
                <span className="outline-move">
                  <button
                    type="button"
                    aria-label={`Move “${title}” up`}
                    title={`Move section up (${shortcutLabel('Alt-Shift-ArrowUp')})`}
                    disabled={entry.topIndex === 0}
                    onClick={() => moveSection(editor, entry, 'up')}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    aria-label={`Move “${title}” down`}
                    title={`Move section down (${shortcutLabel('Alt-Shift-ArrowDown')})`}
                    disabled={sectionNumber === sectionCount && entry.topIndex === editor.state.doc.childCount - 1}
                    onClick={() => moveSection(editor, entry, 'down')}
                  >
                    ↓
                  </button>
                </span>
              ) : null}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
