// @vitest-environment happy-dom
import { Editor, type JSONContent } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { afterEach, describe, expect, it } from 'vitest';
import { paragraph, section } from '../../../tests/fixtures/briefings/document-builders';
import { checkBriefingContent } from '../document/briefing-content';
import { createBriefingExtensions } from '../document/briefing-extensions';
import { SuggestChanges } from './suggest-changes-extension';
import { suggestionSpans } from './suggestion-ranges';
import { finalDocument, originalDocument, suggestionIdsIn } from './suggestion-views';

const text = 'Drones hit the grain terminal overnight.';

// Every mounted editor is destroyed after its test, so no view timer fires once the DOM environment is gone.
const mounted: Editor[] = [];
afterEach(() => {
  for (const editor of mounted.splice(0)) editor.destroy();
});

function suggestingEditor(content: JSONContent[] = [section('what-happened', 'What happened', paragraph(text))]) {
  const editor = new Editor({
    // Mounted, so TipTap composes the extensions' dispatchTransaction hooks (happy-dom provides the element).
    element: (globalThis as unknown as { document: { createElement(tag: string): never } }).document.createElement(
      'div',
    ),
    extensions: [...createBriefingExtensions(), SuggestChanges],
    content: { type: 'doc', content },
  });
  mounted.push(editor);
  editor.commands.setSuggesting(true);
  return editor;
}

/** Where `needle` starts in the body (its first occurrence in a text node). */
function positionOf(doc: ProseMirrorNode, needle: string): number {
  let found = -1;
  doc.descendants((node, position) => {
    if (found < 0 && node.isText && node.text?.includes(needle)) found = position + (node.text.indexOf(needle) ?? 0);
  });
  if (found < 0) throw new Error(`No “${needle}” in the body.`);
  return found;
}

const select = (editor: Editor, needle: string) => {
  const from = positionOf(editor.state.doc, needle);
  editor.commands.setTextSelection({ from, to: from + needle.length });
};

const marked = (doc: ProseMirrorNode, kind: string) =>
  suggestionSpans(doc)
    .filter((span) => span.kind === kind)
    .map((span) => span.text);

const boldText = (doc: ProseMirrorNode) => {
  const runs: string[] = [];
  doc.descendants((node) => {
    if (node.isText && node.marks.some((mark) => mark.type.name === 'bold')) runs.push(node.text ?? '');
  });
  return runs.join('');
};

/** Markup with two insertions and two deletions by separate edits, none touching another (touching ones join). */
function editorWithFourSuggestions() {
  const editor = suggestingEditor();
  editor.commands.insertContentAt(positionOf(editor.state.doc, 'grain'), 'Odesa ');
  select(editor, 'overnight');
  editor.commands.deleteSelection();
  editor.commands.insertContentAt(positionOf(editor.state.doc, 'Drones') + 'Drones'.length, ' and missiles');
  select(editor, 'hit');
  editor.commands.deleteSelection();
  return editor;
}

describe('suggested edits', () => {
  it('records an insertion as marked text with a fresh s- id, kept in Markup and Final, left out of Original', () => {
    const editor = suggestingEditor();
    editor.commands.insertContentAt(positionOf(editor.state.doc, 'grain'), 'Odesa ');
    const doc = editor.state.doc;
    expect(marked(doc, 'insertion')).toEqual(['Odesa ']);
    expect(suggestionIdsIn(doc)).toEqual([expect.stringMatching(/^s-/)]);
    expect(doc.textContent).toContain('the Odesa grain');
    expect(finalDocument(doc).textContent).toContain('the Odesa grain terminal');
    expect(originalDocument(doc).textContent).toBe(`What happened${text}`);
    expect(checkBriefingContent(editor.getJSON()).ok).toBe(true);
  });

  it('records a deletion by marking the text, which stays until it is accepted', () => {
    const editor = suggestingEditor();
    select(editor, ' overnight');
    editor.commands.deleteSelection();
    const doc = editor.state.doc;
    expect(marked(doc, 'deletion')).toEqual([' overnight']);
    expect(doc.textContent).toBe(`What happened${text}`);
    expect(finalDocument(doc).textContent).toBe('What happenedDrones hit the grain terminal.');
    expect(originalDocument(doc).textContent).toBe(`What happened${text}`);
  });

  it('records a formatting change: Final has the bold word, Original the plain one', () => {
    const editor = suggestingEditor();
    select(editor, 'grain');
    editor.commands.toggleBold();
    const doc = editor.state.doc;
    expect(suggestionIdsIn(doc)).toHaveLength(1);
    expect(boldText(finalDocument(doc))).toBe('grain');
    expect(finalDocument(doc).textContent).toBe(`What happened${text}`);
    expect(boldText(originalDocument(doc))).toBe('');
    expect(originalDocument(doc).textContent).toBe(`What happened${text}`);
  });

  it('applies edits directly while suggesting is off', () => {
    const editor = suggestingEditor();
    editor.commands.setSuggesting(false);
    select(editor, ' overnight');
    editor.commands.deleteSelection();
    expect(suggestionIdsIn(editor.state.doc)).toEqual([]);
    expect(editor.state.doc.textContent).toBe('What happenedDrones hit the grain terminal.');
  });

  it('accepts one suggestion and rejects another, leaving the rest as they were', () => {
    const editor = editorWithFourSuggestions();
    const [first, second, third, fourth] = suggestionSpans(editor.state.doc);
    expect([first?.text, second?.text, third?.text, fourth?.text]).toEqual([
      ' and missiles',
      'hit',
      'Odesa ',
      'overnight',
    ]);
    expect(editor.commands.acceptSuggestion(first?.id ?? '')).toBe(true);
    expect(editor.commands.rejectSuggestion(fourth?.id ?? '')).toBe(true);
    const doc = editor.state.doc;
    expect(suggestionSpans(doc).map((span) => [span.kind, span.text])).toEqual([
      ['deletion', 'hit'],
      ['insertion', 'Odesa '],
    ]);
    expect(doc.textContent).toBe('What happenedDrones and missiles hit the Odesa grain terminal overnight.');
    expect(editor.commands.acceptSuggestion('s-gone-already')).toBe(false);
  });

  it('accepts or rejects every suggestion in the selection and none outside it', () => {
    const editor = editorWithFourSuggestions();
    editor.commands.setTextSelection({
      from: positionOf(editor.state.doc, 'missiles'),
      to: positionOf(editor.state.doc, 'hit') + 'hit'.length,
    });
    expect(editor.commands.rejectSuggestionsInSelection()).toBe(true);
    expect(suggestionSpans(editor.state.doc).map((span) => span.text)).toEqual(['Odesa ', 'overnight']);
    editor.commands.setTextSelection({
      from: positionOf(editor.state.doc, 'Odesa'),
      to: positionOf(editor.state.doc, 'overnight') + 'overnight'.length,
    });
    expect(editor.commands.acceptSuggestionsInSelection()).toBe(true);
    expect(suggestionSpans(editor.state.doc).map((span) => span.text)).toEqual([]);
    expect(editor.state.doc.textContent).toBe('What happenedDrones hit the Odesa grain terminal .');
  });

  it('agrees across views: accept all gives Final, reject all gives Original, and each is Markup less one kind', () => {
    const markup = editorWithFourSuggestions();
    const doc = markup.state.doc;
    expect(doc.textContent).toBe('What happenedDrones and missiles hit the Odesa grain terminal overnight.');
    expect(finalDocument(doc).textContent).toBe('What happenedDrones and missiles the Odesa grain terminal .');
    expect(originalDocument(doc).textContent).toBe(`What happened${text}`);

    const accepted = editorWithFourSuggestions();
    expect(accepted.commands.acceptAllSuggestions()).toBe(true);
    const rejected = editorWithFourSuggestions();
    expect(rejected.commands.rejectAllSuggestions()).toBe(true);
    expect(accepted.state.doc.textContent).toBe(finalDocument(doc).textContent);
    expect(rejected.state.doc.textContent).toBe(originalDocument(doc).textContent);
    expect(suggestionIdsIn(accepted.state.doc)).toEqual([]);
    expect(suggestionIdsIn(rejected.state.doc)).toEqual([]);
  });

  it('suggests a new paragraph inside a section as a whole block, and the result is valid stored content', () => {
    const editor = suggestingEditor();
    editor.commands.setTextSelection(positionOf(editor.state.doc, 'Drones') + text.length);
    editor.commands.splitBlock();
    editor.commands.insertContent('Power is out in three districts.');
    expect(checkBriefingContent(editor.getJSON())).toMatchObject({ ok: true });
    expect(finalDocument(editor.state.doc).textContent).toContain('Power is out in three districts.');
    expect(originalDocument(editor.state.doc).textContent).toBe(`What happened${text}`);
    expect(originalDocument(editor.state.doc).child(0).childCount).toBe(2);
  });

  it('keeps a comment out of the suggestions', () => {
    const editor = suggestingEditor();
    select(editor, 'grain');
    editor.commands.setComment('c-grain-thread');
    expect(suggestionIdsIn(editor.state.doc)).toEqual([]);
  });
});
