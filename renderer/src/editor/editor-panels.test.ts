// @vitest-environment happy-dom
import type { Editor, JSONContent } from '@tiptap/core';
import { type NodeSelection, TextSelection } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import { checkBriefingContent } from '../../../electron/common/document/briefing-content';
import { createBriefingEditor } from './create-briefing-editor';
import { documentOutline } from './document-outline';
import { findMatches } from './find-matches';
import { filterInsertMenuItems, insertMenuItems } from './insert-menu-items';

let editor: Editor | undefined;

function open(content: JSONContent[]): Editor {
  editor = createBriefingEditor({ element: document.createElement('div'), content: { type: 'doc', content } });
  return editor;
}

afterEach(() => {
  editor?.destroy();
  editor = undefined;
});

const heading = (text: string, level = 2): JSONContent => ({
  type: 'heading',
  attrs: { level },
  content: [{ type: 'text', text }],
});
const paragraph = (text?: string): JSONContent => ({
  type: 'paragraph',
  content: text ? [{ type: 'text', text }] : [],
});

describe('the / menu', () => {
  it('puts labels that start with the filter first and searches descriptions too', () => {
    const items = insertMenuItems();
    expect(filterInsertMenuItems(items, 'figure')[0]?.id).toBe('figure');
    expect(filterInsertMenuItems(items, 'key fig').map((item) => item.id)).toEqual([
      'key-figures',
      'section-key-figures',
    ]);
    // Unfiltered, the common blocks come before the 26 sections.
    expect(items.slice(0, 7).map((item) => item.group)).toEqual(Array(7).fill('Blocks'));
    expect(items.at(-1)?.group).toBe('Sections');
    expect(filterInsertMenuItems(items, 'statement').map((item) => item.id)).toContain('section-response');
    expect(filterInsertMenuItems(items, 'zzz')).toEqual([]);
  });

  it('replaces the empty paragraph it was opened from and puts the cursor in the new section', () => {
    const target = open([paragraph('Lede'), paragraph()]);
    target.view.dispatch(target.state.tr.setSelection(TextSelection.create(target.state.doc, 7)));
    const diplomacy = insertMenuItems().find((item) => item.id === 'section-diplomacy');
    diplomacy?.insert(target);
    const json = target.getJSON();
    expect(json.content?.map((node) => node.type)).toEqual(['paragraph', 'section']);
    expect(json.content?.[1]).toMatchObject({ attrs: { kind: 'diplomacy' } });
    expect(target.state.selection.$from.parent.type.name).toBe('paragraph');
    expect(target.state.selection.$from.node(1).type.name).toBe('section');
    target.commands.insertContent('Talks resume on Friday.');
    expect(checkBriefingContent(target.getJSON()).ok).toBe(true);
  });

  it('inserts a table with a header row and the cursor in its first cell', () => {
    const target = open([paragraph('Lede'), paragraph()]);
    target.view.dispatch(target.state.tr.setSelection(TextSelection.create(target.state.doc, 7)));
    insertMenuItems()
      .find((item) => item.id === 'table')
      ?.insert(target);
    // The trailing paragraph lets the author write on after the table.
    expect(target.getJSON().content?.map((node) => node.type)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(target.state.selection.$from.node(-1).type.name).toBe('tableHeader');
  });
  it('inserts a figure in place of the empty paragraph with the cursor in its caption, and key figures with the first selected', () => {
    const target = open([paragraph('Lede'), paragraph()]);
    target.view.dispatch(target.state.tr.setSelection(TextSelection.create(target.state.doc, 7)));
    const item = (id: string) => insertMenuItems().find((candidate) => candidate.id === id);
    item('figure')?.insert(target);
    expect(target.getJSON().content?.map((node) => node.type)).toEqual(['paragraph', 'figure', 'paragraph']);
    expect(target.state.selection.$from.parent.type.name).toBe('figureCaption');
    item('key-figures')?.insert(target);
    expect(target.getJSON().content?.map((node) => node.type)).toEqual([
      'paragraph',
      'figure',
      'keyFigures',
      'paragraph',
    ]);
    expect((target.state.selection as NodeSelection).node?.type.name).toBe('keyFigure');
    expect(checkBriefingContent(target.getJSON()).ok).toBe(true);
  });
});

describe('documentOutline', () => {
  it('lists sections and the headings inside them, with positions that point at the headings', () => {
    const target = open([
      heading('Loose heading'),
      {
        type: 'section',
        attrs: { kind: 'diplomacy', guidance: '' },
        content: [heading('Talks'), paragraph('x'), heading('Agenda', 3)],
      },
    ]);
    const outline = documentOutline(target.state.doc);
    expect(outline.map(({ text, level, sectionKind }) => ({ text, level, sectionKind }))).toEqual([
      { text: 'Loose heading', level: 2, sectionKind: undefined },
      { text: 'Talks', level: 2, sectionKind: 'diplomacy' },
      { text: 'Agenda', level: 3, sectionKind: undefined },
    ]);
    for (const entry of outline) expect(target.state.doc.nodeAt(entry.position)?.textContent).toBe(entry.text);
  });
});

describe('findMatches', () => {
  it('finds text across marks but not across blocks', () => {
    const target = open([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Dro' },
          { type: 'text', text: 'nes', marks: [{ type: 'bold' }] },
        ],
      },
      paragraph('Dro'),
      paragraph('nes'),
    ]);
    const matches = findMatches(target.state.doc, 'drones', { matchCase: false, wholeWord: false });
    expect(matches).toHaveLength(1);
    expect(target.state.doc.textBetween(matches[0]?.from ?? 0, matches[0]?.to ?? 0)).toBe('Drones');
    expect(findMatches(target.state.doc, 'drones', { matchCase: true, wholeWord: false })).toHaveLength(0);
  });
});
