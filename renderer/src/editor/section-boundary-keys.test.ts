// @vitest-environment happy-dom
import type { Editor, JSONContent } from '@tiptap/core';
import { GapCursor } from '@tiptap/pm/gapcursor';
import { NodeSelection, TextSelection } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import { createBriefingEditor } from './create-briefing-editor';

const text = (value: string): JSONContent => ({ type: 'text', text: value });
const paragraph = (value?: string): JSONContent => ({ type: 'paragraph', content: value ? [text(value)] : [] });
const section = (title: string, ...content: JSONContent[]): JSONContent => ({
  type: 'section',
  attrs: { kind: 'custom', guidance: '' },
  content: [{ type: 'heading', attrs: { level: 2 }, content: [text(title)] }, ...content],
});
const list = (item: string): JSONContent => ({
  type: 'bulletList',
  content: [{ type: 'listItem', content: [paragraph(item)] }],
});
const keyFigures: JSONContent = {
  type: 'keyFigures',
  content: [{ type: 'keyFigure', attrs: { value: '42', label: 'drones', source: '', asOf: '' } }],
};

let editor: Editor | undefined;
afterEach(() => {
  editor?.destroy();
  editor = undefined;
});

function open(content: JSONContent[]): Editor {
  editor = createBriefingEditor({ element: document.createElement('div'), content: { type: 'doc', content } });
  return editor;
}

/** A key press as the view gets it (TipTap's keyboardShortcut command keeps only steps, not the selection). */
function press(target: Editor, key: string): void {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  target.view.someProp('handleKeyDown', (handle) => handle(target.view, event));
}

const selectsASection = (target: Editor) =>
  target.state.selection instanceof NodeSelection && target.state.selection.node.type.name === 'section';

describe('Backspace and Delete at a section boundary', () => {
  it('Backspace at the gap after the last section moves into it, selecting and deleting nothing', () => {
    const target = open([section('What happened', paragraph('Drones')), section('Affected areas', list('Odesa'))]);
    const before = JSON.stringify(target.getJSON());
    const end = target.state.doc.content.size;
    target.view.dispatch(target.state.tr.setSelection(new GapCursor(target.state.doc.resolve(end))));
    press(target, 'Backspace');
    expect(selectsASection(target)).toBe(false);
    expect(JSON.stringify(target.getJSON())).toBe(before);
    expect(target.state.selection.$from.parent.textContent).toBe('Odesa');
  });

  it('Delete at the gap before the first section moves into its heading', () => {
    const target = open([section('What happened', paragraph('Drones')), section('Affected areas', list('Odesa'))]);
    target.view.dispatch(target.state.tr.setSelection(new GapCursor(target.state.doc.resolve(0))));
    press(target, 'Delete');
    expect(selectsASection(target)).toBe(false);
    expect(target.state.selection.$from.parent.textContent).toBe('What happened');
  });

  it('Backspace in an empty paragraph after a section ending in key figures removes only the paragraph', () => {
    const target = open([section('Key figures', keyFigures), paragraph()]);
    const end = target.state.doc.content.size - 1;
    target.view.dispatch(target.state.tr.setSelection(TextSelection.create(target.state.doc, end)));
    press(target, 'Backspace');
    expect(selectsASection(target)).toBe(false);
    expect(target.getJSON().content?.map((node) => node.type)).toEqual(['section']);
  });
});
