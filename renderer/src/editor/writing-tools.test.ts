// @vitest-environment happy-dom
import type { Editor, JSONContent } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import { createBriefingEditor } from './create-briefing-editor';
import { findMatches } from './find-matches';
import { initialCaretPosition } from './initial-caret';
import { applyLink, linkTargetRange } from './link-edit';
import { selectedWords } from './WordCount';
import { runMenuCommand, WorkspaceCommands } from './workspace-commands';
import { workspaceCommandForKey } from './workspace-shortcuts';

let editor: Editor | undefined;

function open(content: JSONContent[]): Editor {
  editor = createBriefingEditor({ element: document.createElement('div'), content: { type: 'doc', content } });
  return editor;
}

afterEach(() => {
  editor?.destroy();
  editor = undefined;
});

const paragraph = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content });
const text = (value: string, marks?: JSONContent['marks']): JSONContent => ({ type: 'text', text: value, marks });
const link = (href: string) => [{ type: 'link', attrs: { href } }];
const select = (target: Editor, from: number, to = from) =>
  target.view.dispatch(target.state.tr.setSelection(TextSelection.create(target.state.doc, from, to)));
/** Types as the keyboard does: at the selection, with the marks the cursor carries. */
const type = (target: Editor, value: string) => target.view.dispatch(target.state.tr.insertText(value));

describe('links', () => {
  it('does not extend a link when typing right after it', () => {
    const target = open([paragraph(text('See '), text('the report', link('https://example.org')))]);
    select(target, target.state.doc.content.size - 1);
    type(target, ' today');
    const inline = target.getJSON().content?.[0]?.content ?? [];
    expect(inline.at(-1)).toEqual({ type: 'text', text: ' today' });
  });

  it('inserts the text to display at the cursor and leaves the caret after it, outside the link', () => {
    const target = open([paragraph(text('Read the '))]);
    select(target, 10);
    const range = linkTargetRange(target);
    expect(range).toMatchObject({ from: 10, to: 10, text: '', href: '' });
    applyLink(target, range, 'https://reliefweb.int/report', 'UN report');
    type(target, ' today.');
    expect(target.getJSON().content?.[0]?.content).toEqual([
      text('Read the '),
      { type: 'text', text: 'UN report', marks: link('https://reliefweb.int/report') },
      text(' today.'),
    ]);
  });

  it('edits the whole link around the cursor, keeping the text’s other marks', () => {
    const target = open([
      paragraph(text('See '), text('the report', [...link('https://a.example'), { type: 'bold' }])),
    ]);
    select(target, 8);
    const range = linkTargetRange(target);
    expect(range).toMatchObject({ from: 5, to: 15, text: 'the report', href: 'https://a.example' });
    applyLink(target, range, 'https://b.example', 'the new report');
    const [, linked] = target.getJSON().content?.[0]?.content ?? [];
    expect(linked).toEqual({
      type: 'text',
      text: 'the new report',
      marks: [...link('https://b.example'), { type: 'bold' }],
    });
    target.commands.undo();
    expect(target.state.doc.textContent).toBe('See the report');
  });
});

describe('find options', () => {
  it('matches whole words only when asked, with letters of any script as word characters', () => {
    const target = open([paragraph(text('drone, drones, Drone_x, дроне drone'))]);
    const words = (wholeWord: boolean, matchCase = false) =>
      findMatches(target.state.doc, 'drone', { matchCase, wholeWord }).map((match) =>
        target.state.doc.textBetween(match.from, match.to),
      );
    expect(words(false)).toEqual(['drone', 'drone', 'Drone', 'drone']);
    expect(words(true)).toEqual(['drone', 'drone']);
    const cyrillic = open([paragraph(text('дрон дроны'))]);
    expect(findMatches(cyrillic.state.doc, 'дрон', { matchCase: false, wholeWord: true })).toHaveLength(1);
  });

  it('starts a new search at a selected match rather than after it', () => {
    const target = open([paragraph(text('one drone, two drones'))]);
    select(target, 5, 10);
    target.commands.setSearch('drone');
    target.commands.goToMatch(1);
    expect(target.state.selection.from).toBe(5);
  });
});

describe('the caret when a briefing opens', () => {
  const section = (title: string, body?: string): JSONContent => ({
    type: 'section',
    attrs: { kind: 'what-happened', guidance: 'The sequence.' },
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [text(title)] },
      body ? paragraph(text(body)) : { type: 'paragraph' },
    ],
  });

  it('goes to the first empty paragraph of an unwritten briefing, else to the start', () => {
    const fresh = open([section('What happened'), section('Next')]);
    const position = initialCaretPosition(fresh.state.doc);
    expect(position && fresh.state.doc.resolve(position).parent.type.name).toBe('paragraph');
    expect(position && fresh.state.doc.resolve(position).node(1)).toBe(fresh.state.doc.child(0));
    const written = open([section('What happened'), section('Next', 'Talks resume.')]);
    expect(initialCaretPosition(written.state.doc)).toBeUndefined();
  });
});

describe('selection word count', () => {
  it('counts only the selected words, none without a selection', () => {
    const target = open([paragraph(text('Forty-two drones struck the port.')), paragraph(text('More later.'))]);
    expect(selectedWords(target)).toBeUndefined();
    select(target, 1, 17);
    expect(selectedWords(target)).toBe(2);
    select(target, 1, target.state.doc.content.size - 1);
    expect(selectedWords(target)).toBe(7);
  });
});

describe('workspace commands', () => {
  it('maps keys to commands, leaving other keys to the text', () => {
    const key = (value: string, modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>>) =>
      workspaceCommandForKey({
        key: value,
        ctrlKey: false,
        metaKey: false,
        altKey: false,
        shiftKey: false,
        ...modifiers,
      });
    expect(key('s', { ctrlKey: true })).toBe('save');
    expect(key('S', { metaKey: true })).toBe('save');
    expect(key('p', { ctrlKey: true })).toBe('export');
    expect(key('f', { ctrlKey: true })).toBe('find');
    expect(key('F3', {})).toBe('find');
    expect(key('b', { ctrlKey: true, altKey: true })).toBe('toggle-side-panel');
    expect(key('F8', {})).toBe('toggle-focus-mode');
    expect(key('s', {})).toBeUndefined();
    expect(key('b', { ctrlKey: true })).toBeUndefined();
    expect(key('s', { ctrlKey: true, shiftKey: true })).toBeUndefined();
  });

  it('runs the open briefing’s menu commands and ignores the shell’s', () => {
    const commands = new WorkspaceCommands();
    const ran: string[] = [];
    for (const name of ['save', 'export', 'find', 'toggle-side-panel', 'toggle-focus-mode'] as const) {
      commands.on(name, () => ran.push(name));
    }
    for (const command of [
      'save-briefing',
      'export-briefing',
      'find-in-briefing',
      'toggle-side-panel',
      'toggle-focus-mode',
      'open-settings',
      'new-briefing',
    ] as const) {
      runMenuCommand(commands, command);
    }
    expect(ran).toEqual(['save', 'export', 'find', 'toggle-side-panel', 'toggle-focus-mode']);
    const stop = commands.on('save', () => ran.push('again'));
    stop();
    expect(commands.run('save')).toBe(true);
    expect(ran.at(-1)).toBe('save');
  });
});
