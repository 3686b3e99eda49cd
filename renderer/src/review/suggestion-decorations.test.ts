// @vitest-environment happy-dom
import { suggestChanges } from '@handlewithcare/prosemirror-suggest-changes';
import { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import type { Decoration, DecorationSet } from '@tiptap/pm/view';
import { afterEach, describe, expect, it } from 'vitest';
import { createBriefingExtensions } from '../../../electron/common/document/briefing-extensions';
import { isSuggesting } from '../../../electron/common/review/suggest-changes-extension';
import { paragraph, section } from '../../../tests/fixtures/briefings/document-builders';
import { seededRandom } from '../../../tests/support/seeded-random';
import { EditorSuggestChanges, suggestionDecorationsKey } from './suggestion-decorations';

const mounted: Editor[] = [];
afterEach(() => {
  for (const editor of mounted.splice(0)) editor.destroy();
});

function suggestingEditor(): Editor {
  const sections = ['What happened', 'Affected areas', 'Response', 'Diplomacy', 'What next'].map((title, index) =>
    section(
      'what-happened',
      title,
      paragraph(`Drones hit the grain terminal ${index} overnight.`),
      paragraph(`Crews cleared the debris by noon in district ${index}.`),
    ),
  );
  const editor = new Editor({
    element: (globalThis as unknown as { document: { createElement(tag: string): never } }).document.createElement(
      'div',
    ),
    extensions: [...createBriefingExtensions(), EditorSuggestChanges],
    content: { type: 'doc', content: sections },
  });
  mounted.push(editor);
  editor.commands.setSuggesting(true);
  return editor;
}

/** A decoration as the view uses it: where, which node attributes, which widget key and marks. */
function describeDecoration(decoration: Decoration): string {
  const { attrs } = (decoration as unknown as { type: { attrs?: unknown } }).type;
  return JSON.stringify([decoration.from, decoration.to, attrs ?? null, decoration.spec]);
}

const described = (set: DecorationSet | undefined) => (set?.find() ?? []).map(describeDecoration).sort();

/** What the library's own plugin decorates, walking the whole document. */
const libraryDecorations = suggestChanges().spec.props?.decorations as (state: Editor['state']) => DecorationSet;

/** A random edit as a user makes them: typing, deleting, splitting a block, with suggesting on or off. */
function randomEdit(editor: Editor, random: () => number): void {
  const { doc } = editor.state;
  const textPositions: number[] = [];
  doc.descendants((node, position) => {
    if (node.isText) for (let offset = 0; offset <= node.nodeSize; offset += 1) textPositions.push(position + offset);
  });
  const at = textPositions[Math.floor(random() * textPositions.length)] ?? 1;
  const choice = random();
  if (choice < 0.1) editor.commands.setSuggesting(!isSuggesting(editor));
  if (choice < 0.35) {
    editor.chain().setTextSelection(at).insertContent('new words').run();
  } else if (choice < 0.65) {
    const to =
      textPositions[Math.min(textPositions.length - 1, textPositions.indexOf(at) + 1 + Math.floor(random() * 40))];
    editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(doc, at, Math.max(at, to ?? at))));
    editor.commands.deleteSelection();
  } else if (choice < 0.85) {
    editor.chain().setTextSelection(at).splitBlock().insertContent('A new paragraph').run();
  } else {
    editor.chain().setTextSelection(at).joinBackward().run();
  }
}

describe('suggestion decorations kept block by block', () => {
  it('equal the library’s, computed over the whole document, after every edit', () => {
    const seen = { node: 0, widget: 0 };
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const random = seededRandom(seed);
      const editor = suggestingEditor();
      for (let step = 0; step < 60; step += 1) {
        randomEdit(editor, random);
        const ours = described(suggestionDecorationsKey.getState(editor.state));
        expect(ours).toEqual(described(libraryDecorations(editor.state)));
        for (const decoration of suggestionDecorationsKey.getState(editor.state)?.find() ?? []) {
          if (decoration.from === decoration.to) seen.widget += 1;
          else seen.node += 1;
        }
      }
    }
    // The edits produced both kinds, so the comparison covered both.
    expect(seen.node).toBeGreaterThan(0);
    expect(seen.widget).toBeGreaterThan(0);
  });

  it('marks a paragraph suggested as a whole, and shows it in the editor', () => {
    const editor = suggestingEditor();
    let paragraphEnd = 0;
    editor.state.doc.descendants((node, position) => {
      if (!paragraphEnd && node.type.name === 'paragraph') paragraphEnd = position + node.nodeSize - 1;
    });
    editor.chain().setTextSelection(paragraphEnd).splitBlock().insertContent('Power is out.').run();
    expect(editor.view.dom.querySelector('[data-node-insertion="true"]')?.textContent).toContain('Power is out.');
  });
});
