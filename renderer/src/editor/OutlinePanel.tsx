import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { useEffect, useRef } from 'react';
import { documentOutline, type OutlineEntry } from './document-outline';
import { shortcutLabel } from './shortcut-label';
import { useEditorSnapshot } from './use-editor-snapshot';

const outlineOf = (editor: Editor) => documentOutline(editor.state.doc);

/** What the outline shows; positions left out, so typing above a heading does not re-render the list. */
const shownOutline = (entries: OutlineEntry[]) =>
  JSON.stringify(entries.map(({ level, text, sectionKind, topIndex }) => [level, text, sectionKind, topIndex]));

/** The entry as it stands in the document now: the list may hold positions from before the last keystrokes. */
const currentEntry = (editor: Editor, index: number, shown: OutlineEntry) =>
  documentOutline(editor.state.doc)[index] ?? shown;

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

/** A moved section's button to focus once the outline shows the move. */
interface PendingFocus {
  /** The section's index among the top-level blocks after the move. */
  topIndex: number;
  direction: 'up' | 'down';
}

/**
 * The sections and headings of the briefing; click or Enter jumps there, buttons move sections.
 * After a move the focus stays on the moved section's button, so it can be moved again.
 */
export function OutlinePanel({ editor }: { editor: Editor }) {
  const entries = useEditorSnapshot(editor, outlineOf, { delayMs: 250, events: ['update'], key: shownOutline });
  const list = useRef<HTMLOListElement>(null);
  const pendingFocus = useRef<PendingFocus>(undefined);

  useEffect(() => {
    const pending = pendingFocus.current;
    if (!pending || !entries) return;
    const other = pending.direction === 'up' ? 'down' : 'up';
    const button = (direction: string) =>
      list.current?.querySelector<HTMLButtonElement>(
        `button[data-move="${direction}"][data-top="${pending.topIndex}"]`,
      );
    const target = button(pending.direction);
    if (!target) return;
    pendingFocus.current = undefined;
    (target.disabled ? button(other) : target)?.focus();
  }, [entries]);

  const move = (index: number, entry: OutlineEntry, direction: 'up' | 'down') => {
    pendingFocus.current = { topIndex: entry.topIndex + (direction === 'up' ? -1 : 1), direction };
    moveSection(editor, currentEntry(editor, index, entry), direction);
  };

  const sectionCount = entries.filter((entry) => entry.sectionKind !== undefined).length;
  let sectionNumber = 0;
  // A heading's key is its place in its top-level block, which typing elsewhere does not change.
  const headingsSeen = new Map<number, number>();
  return (
    <nav className="outline-panel" aria-label="Outline">
      {entries.length === 0 ? <p className="hint">Sections and headings appear here.</p> : null}
      <ol className="outline-list" ref={list}>
        {entries.map((entry, index) => {
          const title = entry.text || 'Untitled section';
          if (entry.sectionKind !== undefined) sectionNumber += 1;
          const nth = (headingsSeen.get(entry.topIndex) ?? 0) + 1;
          headingsSeen.set(entry.topIndex, nth);
          return (
            <li key={`${entry.topIndex}.${nth}`} className={`outline-entry outline-level-${entry.level}`}>
              <button
                type="button"
                className="outline-jump"
                onClick={() => jumpTo(editor, currentEntry(editor, index, entry))}
              >
                {title}
              </button>
              {entry.sectionKind !== undefined ? (
                <span className="outline-move">
                  <button
                    type="button"
                    aria-label={`Move “${title}” up`}
                    data-move="up"
                    data-top={entry.topIndex}
                    title={`Move section up (${shortcutLabel('Alt-Shift-ArrowUp')})`}
                    disabled={entry.topIndex === 0}
                    onClick={() => move(index, entry, 'up')}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    aria-label={`Move “${title}” down`}
                    data-move="down"
                    data-top={entry.topIndex}
                    title={`Move section down (${shortcutLabel('Alt-Shift-ArrowDown')})`}
                    disabled={sectionNumber === sectionCount && entry.topIndex === editor.state.doc.childCount - 1}
                    onClick={() => move(index, entry, 'down')}
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
