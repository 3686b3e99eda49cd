// @vitest-environment happy-dom
import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Misspelling } from '../../../electron/common/spelling/find-misspellings';
import { seededRandom } from '../../../tests/support/seeded-random';
import { createBriefingEditor } from '../editor/create-briefing-editor';
import { misspellingHighlightName } from './misspelling-highlight';
import { spellingPluginKey, underlinedMisspellings } from './spelling-decorations';

/** The ranges a highlight was given, as the browser keeps them (happy-dom has no Custom Highlight API). */
class RecordedStaticRange {
  readonly startContainer: Node;
  readonly startOffset: number;
  readonly endContainer: Node;
  readonly endOffset: number;
  constructor(init: StaticRangeInit) {
    this.startContainer = init.startContainer;
    this.startOffset = init.startOffset;
    this.endContainer = init.endContainer;
    this.endOffset = init.endOffset;
  }
}
class RecordedHighlight extends Set<AbstractRange> {
  type = 'highlight';
}

beforeAll(() => {
  vi.stubGlobal('StaticRange', RecordedStaticRange);
  vi.stubGlobal('Highlight', RecordedHighlight);
  vi.stubGlobal('CSS', { highlights: new Map() });
});
// The unit files share their worker's globals: later files must not find these stand-ins.
afterAll(() => {
  vi.unstubAllGlobals();
});

const misspelled = /\b(goverment|offical|régionnale|convoi|recieved)\b/gu;

async function check(_language: string, texts: string[]): Promise<Misspelling[][]> {
  return texts.map((text) =>
    [...text.matchAll(misspelled)].map((match) => ({
      from: match.index,
      to: match.index + match[0].length,
      word: match[0],
    })),
  );
}

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

let editor: Editor | undefined;
afterEach(() => {
  editor?.destroy();
  editor = undefined;
});

function open(texts: string[]): Editor {
  editor = createBriefingEditor({
    element: document.createElement('div'),
    content: { type: 'doc', content: texts.map(paragraph) },
    spelling: { check, briefingLanguage: () => 'en', pauseMilliseconds: 5, enabled: () => true },
  });
  return editor;
}

function highlight(): Set<AbstractRange> {
  const registry = (globalThis as unknown as { CSS: { highlights: Map<string, Set<AbstractRange>> } }).CSS.highlights;
  return registry.get(misspellingHighlightName) ?? new Set();
}

/** The text under each drawn range, in the page's order; a range whose nodes left the editor reads as such. */
function drawnTexts(target: Editor): string[] {
  return [...highlight()]
    .map((drawn) => {
      if (!target.view.dom.contains(drawn.startContainer) || !target.view.dom.contains(drawn.endContainer)) {
        return { range: undefined, text: '(not in the editor)' };
      }
      const range = document.createRange();
      range.setStart(drawn.startContainer, drawn.startOffset);
      range.setEnd(drawn.endContainer, drawn.endOffset);
      return { range, text: range.toString() };
    })
    .sort((first, second) =>
      first.range && second.range ? first.range.compareBoundaryPoints(Range.START_TO_START, second.range) : 0,
    )
    .map(({ text }) => text);
}

/** The text the underlines cover in the document, in order: what the drawing must show. */
function underlinedTexts(target: Editor): string[] {
  const { state } = target;
  return underlinedMisspellings(state).map(({ from, to }) => state.doc.textBetween(from, to));
}

function positionOf(target: Editor, text: string): number {
  let found = -1;
  target.state.doc.descendants((node, position) => {
    const index = node.isText ? (node.text ?? '').indexOf(text) : -1;
    if (found === -1 && index >= 0) found = position + index;
    return found === -1;
  });
  return found;
}

describe('misspelling underlines drawn as a highlight', () => {
  it('draws one range over each misspelled word, with no element added to the text', async () => {
    const target = open(['The regional goverment said so.', 'No offical toll yet.']);
    await vi.waitFor(() => expect(drawnTexts(target)).toEqual(['goverment', 'offical']));
    expect(target.view.dom.querySelectorAll('p > *')).toHaveLength(0);
  });

  it('moves the underline with its word when text is typed before it in the same text node', async () => {
    const target = open(['The regional goverment said so.']);
    await vi.waitFor(() => expect(drawnTexts(target)).toEqual(['goverment']));
    target.view.dispatch(target.state.tr.insertText('northern ', positionOf(target, 'regional')));
    expect(drawnTexts(target)).toEqual(['goverment']);
  });

  it('draws again the underlines of a block the editor redrew, and takes them all away when the editor closes', async () => {
    const target = open(['The regional goverment said so.', 'No offical toll yet.']);
    await vi.waitFor(() => expect(drawnTexts(target)).toEqual(['goverment', 'offical']));
    // Bold over "regional" splits the first paragraph's text node: its underline must point into the new nodes.
    const start = positionOf(target, 'regional');
    target.view.dispatch(target.state.tr.addMark(start, start + 'regional'.length, target.state.schema.mark('bold')));
    expect(drawnTexts(target)).toEqual(['goverment', 'offical']);
    target.destroy();
    editor = undefined;
    expect(highlight().size).toBe(0);
  });

  it('keeps the drawing equal to the underlines through random edits, splits, joins, marks and checks', async () => {
    const random = seededRandom(18);
    const target = open([
      'The regional goverment said the convoi recieved fuel.',
      'No offical toll yet from the goverment.',
      'Selon l’administration régionnale, le convoi est arrivé.',
      'Aid recieved in two districts; offical figures later.',
    ]);
    await vi.waitFor(() => expect(drawnTexts(target)).toHaveLength(9));
    const words = ['goverment ', 'x', ' ', 'offical', 'recieved ', 'a'];
    for (let step = 0; step < 120; step += 1) {
      const { state } = target;
      const size = state.doc.content.size;
      const at = 1 + Math.floor(random() * (size - 1));
      const $at = state.doc.resolve(at);
      const choice = random();
      if (!$at.parent.isTextblock) continue;
      if (choice < 0.45) {
        target.view.dispatch(state.tr.insertText(words[Math.floor(random() * words.length)] ?? 'x', at));
      } else if (choice < 0.65) {
        const to = Math.min($at.end(), at + 1 + Math.floor(random() * 6));
        if (to > at) target.view.dispatch(state.tr.delete(at, to));
      } else if (choice < 0.75) {
        target.view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, at)));
        target.commands.splitBlock();
      } else if (choice < 0.85) {
        target.view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, $at.start())));
        target.commands.joinBackward();
      } else {
        const to = Math.min($at.end(), at + 1 + Math.floor(random() * 8));
        if (to > at) target.view.dispatch(state.tr.addMark(at, to, state.schema.mark('italic')));
      }
      expect(drawnTexts(target), `after step ${step}`).toEqual(underlinedTexts(target));
      // Now and then typing pauses and the checker's answer replaces the underlines.
      if (random() < 0.15) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        expect(drawnTexts(target), `after the check at step ${step}`).toEqual(underlinedTexts(target));
      }
    }
    // Once the last edit is checked, exactly the misspelled words are underlined, and drawn.
    await vi.waitFor(() => expect(spellingPluginKey.getState(target.state)?.waiting).toBeNull());
    expect(drawnTexts(target)).toEqual(underlinedTexts(target));
    expect(underlinedTexts(target)).toEqual(
      [...target.state.doc.textBetween(0, target.state.doc.content.size, '\n').matchAll(misspelled)].map(
        (match) => match[0],
      ),
    );
  });
});
