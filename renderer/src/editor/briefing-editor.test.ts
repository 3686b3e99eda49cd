// @vitest-environment happy-dom
import type { Editor, JSONContent } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import { TextSelection } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import { checkBriefingContent } from '../../../electron/common/document/briefing-content';
import { createBriefingEditor } from './create-briefing-editor';

const text = (value: string, marks?: NonNullable<JSONContent['marks']>): JSONContent => ({
  type: 'text',
  text: value,
  ...(marks ? { marks } : {}),
});
const paragraph = (value?: string): JSONContent => ({ type: 'paragraph', content: value ? [text(value)] : [] });
const section = (kind: string, title: string, ...content: JSONContent[]): JSONContent => ({
  type: 'section',
  attrs: { kind, guidance: `Guidance for ${kind}` },
  content: [{ type: 'heading', attrs: { level: 2 }, content: title ? [text(title)] : [] }, ...content],
});

let editor: Editor | undefined;

/** The editor's document as plain JSON, for reading nodes and attributes. */
const documentOf = (target: Editor): JSONContent => target.getJSON();

function open(content: JSONContent[]): Editor {
  editor = createBriefingEditor({ element: document.createElement('div'), content: { type: 'doc', content } });
  return editor;
}

/** Puts the cursor inside the first textblock whose text is `needle` (at its end). */
function placeCursorIn(target: Editor, needle: string): void {
  let found = -1;
  target.state.doc.descendants((node, position) => {
    if (found === -1 && node.isTextblock && node.textContent === needle) found = position + 1 + node.content.size;
    return found === -1;
  });
  if (found === -1) throw new Error(`No block with text ${needle}`);
  target.view.dispatch(target.state.tr.setSelection(TextSelection.create(target.state.doc, found)));
}

function selectWord(target: Editor, word: string): void {
  let from = -1;
  target.state.doc.descendants((node, position) => {
    if (from === -1 && node.isText && node.text?.includes(word)) from = position + (node.text.indexOf(word) ?? 0);
    return from === -1;
  });
  target.view.dispatch(target.state.tr.setSelection(TextSelection.create(target.state.doc, from, from + word.length)));
}

const topLevelTypes = (target: Editor) => (documentOf(target).content ?? []).map((node) => node.type);

const stored = (target: Editor) => {
  const check = checkBriefingContent(documentOf(target));
  return check.ok ? 'valid' : check.message;
};

afterEach(() => {
  editor?.destroy();
  editor = undefined;
});

describe('the briefing editor on the shared schema', () => {
  it('applies and toggles every mark', () => {
    const target = open([paragraph('Forty-two drones hit Odesa')]);
    selectWord(target, 'Forty');
    for (const mark of ['bold', 'italic', 'underline', 'strike'] as const) {
      target.commands.toggleMark(mark);
      expect(target.isActive(mark), mark).toBe(true);
    }
    expect(
      target
        .getJSON()
        .content?.[0]?.content?.[0]?.marks?.map((mark) => mark.type)
        .sort(),
    ).toEqual(['bold', 'italic', 'strike', 'underline']);
    expect(stored(target)).toBe('valid');
  });

  it('accepts http, https and mailto links and refuses every other scheme', () => {
    const target = open([paragraph('Read the statement here')]);
    selectWord(target, 'statement');
    expect(target.commands.setLink({ href: 'javascript:alert(1)' })).toBe(false);
    expect(target.commands.setLink({ href: 'data:text/html,<script>' })).toBe(false);
    expect(target.commands.setLink({ href: 'file:///etc/passwd' })).toBe(false);
    expect(target.isActive('link')).toBe(false);
    expect(target.commands.setLink({ href: 'https://example.org/statement' })).toBe(true);
    expect(target.getAttributes('link').href).toBe('https://example.org/statement');
    selectWord(target, 'here');
    expect(target.commands.setLink({ href: 'mailto:desk@example.org' })).toBe(true);
    expect(stored(target)).toBe('valid');
  });

  it('maps heading shortcuts to levels 2–4 and never makes a level-1 heading', () => {
    const target = open([paragraph('Targeted areas')]);
    placeCursorIn(target, 'Targeted areas');
    target.commands.keyboardShortcut('Mod-Alt-1');
    expect(documentOf(target).content?.[0]).toMatchObject({ type: 'heading', attrs: { level: 2 } });
    target.commands.keyboardShortcut('Mod-Alt-3');
    expect(documentOf(target).content?.[0]).toMatchObject({ type: 'heading', attrs: { level: 4 } });
    expect(target.commands.setHeading({ level: 1 as 2 })).toBe(false);
    expect(stored(target)).toBe('valid');
  });

  it('makes bullet and numbered lists, quotes and rules', () => {
    const target = open([paragraph('Kharkiv: power outages'), paragraph('He said it')]);
    placeCursorIn(target, 'Kharkiv: power outages');
    target.commands.toggleBulletList();
    expect(topLevelTypes(target)[0]).toBe('bulletList');
    target.commands.toggleOrderedList();
    expect(topLevelTypes(target)[0]).toBe('orderedList');
    placeCursorIn(target, 'He said it');
    target.commands.toggleBlockquote();
    target.commands.setHorizontalRule();
    expect(topLevelTypes(target).slice(0, 2)).toEqual(['orderedList', 'blockquote']);
    expect(JSON.stringify(documentOf(target))).toContain('"horizontalRule"');
    expect(stored(target)).toBe('valid');
  });

  it('inserts a table with a header row, and adds and removes rows and columns', () => {
    const target = open([paragraph('Casualties')]);
    placeCursorIn(target, 'Casualties');
    target.commands.insertTable({ rows: 3, cols: 2, withHeaderRow: true });
    const table = () => documentOf(target).content?.find((node) => node.type === 'table');
    expect(table()?.content).toHaveLength(3);
    expect(table()?.content?.[0]?.content?.[0]?.type).toBe('tableHeader');
    target.commands.addRowAfter();
    target.commands.addColumnAfter();
    expect(table()?.content).toHaveLength(4);
    expect(table()?.content?.[0]?.content).toHaveLength(3);
    target.commands.deleteRow();
    target.commands.deleteColumn();
    expect(table()?.content).toHaveLength(3);
    expect(table()?.content?.[0]?.content).toHaveLength(2);
    // The cursor sat in the header row, so that row was the one deleted.
    expect(table()?.content?.[0]?.content?.[0]?.type).toBe('tableCell');
    expect(target.commands.toggleHeaderRow()).toBe(true);
    expect(table()?.content?.[0]?.content?.map((cell) => cell.type)).toEqual(['tableHeader', 'tableHeader']);
    expect(stored(target)).toBe('valid');
    target.commands.deleteTable();
    expect(table()).toBeUndefined();
  });

  it('inserts a section after the current top-level block, with its kind and guidance', () => {
    const target = open([paragraph('Lede'), section('background', 'Background', paragraph('Context'))]);
    placeCursorIn(target, 'Lede');
    target.commands.insertSection({ kind: 'affected-areas', title: 'Affected areas', guidance: 'Which places?' });
    expect(documentOf(target).content?.[1]).toMatchObject({
      type: 'section',
      attrs: { kind: 'affected-areas', guidance: 'Which places?' },
      content: [{ type: 'heading', attrs: { level: 2 }, content: [{ text: 'Affected areas' }] }, { type: 'paragraph' }],
    });
    placeCursorIn(target, 'Context');
    target.commands.insertSection({ kind: 'Not A Slug!', title: 'Free' });
    expect(documentOf(target).content?.at(-1)).toMatchObject({ type: 'section', attrs: { kind: 'custom' } });
    expect(stored(target)).toBe('valid');
  });

  it('inserts figures with caption and credit, refusing image sources that are not stored assets', () => {
    const target = open([section('what-happened', 'What happened', paragraph('Strike'))]);
    placeCursorIn(target, 'Strike');
    const asset = `asset:${'b'.repeat(64)}.jpg`;
    target.commands.insertFigure({
      src: asset,
      alt: 'A damaged block',
      caption: 'Odesa, 26 November',
      credit: 'Photo: A. B.',
    });
    target.commands.insertFigure({ src: 'https://tracker.example/pixel.gif' });
    const figures = documentOf(target).content?.[0]?.content?.filter((node) => node.type === 'figure') ?? [];
    expect(figures.map((figure) => figure.attrs?.src).sort()).toEqual([asset, null]);
    expect(figures[0]?.content?.map((part) => part.content?.[0]?.text)).toEqual(['Odesa, 26 November', 'Photo: A. B.']);
    const dom = target.view.dom.querySelector('figure');
    expect(dom?.querySelector('label')?.textContent).toMatch(/^Alt text/);
    expect(stored(target)).toBe('valid');
  });

  it('inserts key figures whose node view edits attributes through transactions', () => {
    const target = open([paragraph('Lede')]);
    placeCursorIn(target, 'Lede');
    target.commands.insertKeyFigures([{ value: '42', label: 'drone strikes' }, {}]);
    target.view.dispatch(closeHistory(target.state.tr));
    const keyFigures = () => documentOf(target).content?.find((node) => node.type === 'keyFigures');
    expect(keyFigures()?.content).toHaveLength(2);
    const input = target.view.dom.querySelectorAll<HTMLInputElement>('.key-figure-source-input')[0];
    expect(target.view.dom.querySelector(`label[for="${input?.id}"]`)?.textContent).toBe('Source');
    if (!input) throw new Error('no input');
    input.value = 'Ukrainian Air Force';
    input.dispatchEvent(new Event('input'));
    expect(keyFigures()?.content?.[0]?.attrs).toMatchObject({ value: '42', source: 'Ukrainian Air Force' });
    target.commands.undo();
    expect(keyFigures()?.content?.[0]?.attrs?.source).toBe('');
    expect(stored(target)).toBe('valid');
  });

  it('moves sections up and down and undoes', () => {
    const target = open([section('a', 'First', paragraph('one')), section('b', 'Second', paragraph('two'))]);
    placeCursorIn(target, 'two');
    expect(target.commands.moveSection('up')).toBe(true);
    expect(documentOf(target).content?.map((node) => node.attrs?.kind)).toEqual(['b', 'a']);
    expect(target.state.selection.$from.parent.textContent).toBe('two');
    expect(target.commands.moveSection('up')).toBe(false);
    target.view.dispatch(closeHistory(target.state.tr));
    target.commands.keyboardShortcut('Alt-Shift-ArrowDown');
    expect(documentOf(target).content?.map((node) => node.attrs?.kind)).toEqual(['a', 'b']);
    target.commands.undo();
    expect(documentOf(target).content?.map((node) => node.attrs?.kind)).toEqual(['b', 'a']);
  });

  it('shows the section title, guidance and caption prompts only while empty', () => {
    const target = open([section('response', '', paragraph()), paragraph('After')]);
    placeCursorIn(target, 'After');
    target.commands.insertFigure({});
    const prompts = () =>
      [...target.view.dom.querySelectorAll('.is-empty')].map((node) => node.getAttribute('data-placeholder'));
    expect(prompts()).toEqual([
      'Section title',
      'Guidance for response',
      'Caption: what the picture shows, where and when',
      'Credit: photographer / agency',
    ]);
    target.commands.insertContentAt(1, 'International response');
    expect(prompts()).not.toContain('Section title');
    expect(documentOf(target).content?.[0]?.content?.[0]?.content?.[0]?.text).toBe('International response');
  });

  it('finds, replaces one and replaces all, with and without matching case', () => {
    const target = open([paragraph('Drones over Odesa. drones again.'), paragraph('More DRONES')]);
    target.commands.setSearch('drones');
    expect(target.commands.goToMatch(1)).toBe(true);
    expect(target.state.doc.textBetween(target.state.selection.from, target.state.selection.to)).toBe('Drones');
    target.commands.setSearch('drones', { matchCase: true });
    target.commands.goToMatch(1);
    target.commands.replaceCurrentMatch('missiles');
    expect(target.getText()).toContain('missiles again');
    target.commands.setSearch('drones');
    target.commands.replaceAllMatches('UAVs');
    expect(target.getText()).toBe('UAVs over Odesa. missiles again.\n\nMore UAVs');
    target.commands.undo();
    expect(target.getText()).toContain('More DRONES');
  });
});
