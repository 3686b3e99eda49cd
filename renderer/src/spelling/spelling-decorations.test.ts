// @vitest-environment happy-dom
import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Misspelling } from '../../../electron/common/spelling/find-misspellings';
import { createBriefingEditor } from '../editor/create-briefing-editor';
import {
  hideMisspelledWord,
  misspellingAt,
  recheckSpelling,
  spellingPluginKey,
  underlinedMisspellings,
} from './spelling-decorations';
import { textblocksToCheck } from './textblocks-to-check';

const misspelled = new Set(['goverment', 'offical', 'régionnale']);

/** A stand-in for main's checker that records what it was asked: every word in `misspelled` is flagged. */
function recordingChecker() {
  const asked: { language: string; texts: string[] }[] = [];
  const check = async (language: string, texts: string[]): Promise<Misspelling[][]> => {
    asked.push({ language, texts });
    return texts.map((text) =>
      [...text.matchAll(/\p{L}+/gu)]
        .filter((match) => misspelled.has(match[0]))
        .map((match) => ({ from: match.index, to: match.index + match[0].length, word: match[0] })),
    );
  };
  return { asked, check };
}

const paragraph = (text: string, lang: string | null = null) => ({
  type: 'paragraph',
  attrs: { lang, dir: null },
  content: [{ type: 'text', text }],
});

let editor: Editor | undefined;
afterEach(() => {
  editor?.destroy();
  editor = undefined;
});

function open(check: ReturnType<typeof recordingChecker>['check'], enabled = () => true): Editor {
  editor = createBriefingEditor({
    element: document.createElement('div'),
    content: {
      type: 'doc',
      content: [
        paragraph('The regional goverment said so.'),
        paragraph('No offical toll yet.'),
        paragraph('Selon l’administration régionnale.', 'fr'),
      ],
    },
    spelling: { check, briefingLanguage: () => 'en', pauseMilliseconds: 5, enabled },
  });
  return editor;
}

/** The underlined words, in order (how they are drawn: misspelling-highlight.test.ts). */
const underlined = (target: Editor) => underlinedMisspellings(target.state).map(({ word }) => word);

/** The document position of `word`'s first letter. */
function positionOf(target: Editor, word: string): number {
  let found = -1;
  target.state.doc.descendants((node, position) => {
    const index = node.isText ? (node.text ?? '').indexOf(word) : -1;
    if (found === -1 && index >= 0) found = position + index;
    return found === -1;
  });
  return found;
}

describe('spelling underlines', () => {
  it('checks every block once, then only the blocks whose text changed', async () => {
    const { asked, check } = recordingChecker();
    const target = open(check);
    await vi.waitFor(() => expect(underlined(target)).toEqual(['goverment', 'offical', 'régionnale']));
    expect(asked).toEqual([
      { language: 'en', texts: ['The regional goverment said so.', 'No offical toll yet.'] },
      { language: 'fr', texts: ['Selon l’administration régionnale.'] },
    ]);
    asked.length = 0;
    target.commands.insertContentAt(positionOf(target, 'toll'), 'death ');
    await vi.waitFor(() => expect(asked).toEqual([{ language: 'en', texts: ['No offical death toll yet.'] }]));
    await vi.waitFor(() => expect(underlined(target)).toEqual(['goverment', 'offical', 'régionnale']));
  });

  it('finds the misspelled word at a position, and hides a word the user ignored or added', async () => {
    const { asked, check } = recordingChecker();
    const target = open(check);
    await vi.waitFor(() => expect(underlined(target)).toHaveLength(3));
    const start = positionOf(target, 'offical');
    expect(misspellingAt(target.state, start + 3)).toEqual({
      from: start,
      to: start + 'offical'.length,
      word: 'offical',
      language: 'en',
    });
    expect(misspellingAt(target.state, positionOf(target, 'toll'))).toBeUndefined();
    hideMisspelledWord(target.view, 'offical');
    expect(underlined(target)).toEqual(['goverment', 'régionnale']);
    // A later check (after an edit elsewhere) keeps it hidden.
    asked.length = 0;
    target.commands.insertContentAt(positionOf(target, 'said'), 'has ');
    await vi.waitFor(() => expect(asked).toHaveLength(1));
    await vi.waitFor(() => expect(underlined(target)).toEqual(['goverment', 'régionnale']));
  });

  it('checks nothing and underlines nothing while spell checking is turned off', async () => {
    const { asked, check } = recordingChecker();
    let enabled = false;
    const target = open(check, () => enabled);
    target.commands.insertContentAt(positionOf(target, 'toll'), 'death ');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(asked).toEqual([]);
    expect(underlined(target)).toEqual([]);
    enabled = true;
    target.commands.insertContentAt(positionOf(target, 'toll'), 'known ');
    await vi.waitFor(() => expect(underlined(target)).toEqual(['goverment', 'offical', 'régionnale']));
  });

  it('rechecks both halves of a split paragraph and a block whose language changed, and keeps underlines through a join', async () => {
    const { asked, check } = recordingChecker();
    const target = open(check);
    await vi.waitFor(() => expect(underlined(target)).toHaveLength(3));
    asked.length = 0;
    // Enter after "regional": two paragraphs, each checked; the others are not sent again.
    const split = positionOf(target, ' goverment');
    target.view.dispatch(target.state.tr.setSelection(TextSelection.create(target.state.doc, split)));
    target.commands.splitBlock();
    await vi.waitFor(() => expect(asked).toEqual([{ language: 'en', texts: ['The regional', ' goverment said so.'] }]));
    await vi.waitFor(() => expect(underlined(target)).toEqual(['goverment', 'offical', 'régionnale']));
    asked.length = 0;
    // Backspace at the start of the second half joins them again: that text was checked before, so it is not sent.
    target.commands.joinBackward();
    expect(target.view.dom.querySelectorAll('p')).toHaveLength(3);
    await vi.waitFor(() => expect(underlined(target)).toEqual(['goverment', 'offical', 'régionnale']));
    asked.length = 0;
    // The first paragraph is said to be French: it is checked again, in French.
    const first = positionOf(target, 'The regional');
    target.view.dispatch(target.state.tr.setSelection(TextSelection.create(target.state.doc, first + 2)));
    target.commands.setBlockLanguage('fr');
    await vi.waitFor(() => expect(asked).toEqual([{ language: 'fr', texts: ['The regional goverment said so.'] }]));
    await vi.waitFor(() =>
      expect(underlinedMisspellings(target.state).map(({ language }) => language)).toEqual(['fr', 'en', 'fr']),
    );
  });

  it('after an edit, waits to check only the blocks the edit touched, not the whole document', async () => {
    const { check } = recordingChecker();
    const target = open(check);
    await vi.waitFor(() => expect(underlined(target)).toHaveLength(3));
    expect(spellingPluginKey.getState(target.state)?.waiting).toBeNull();
    target.commands.insertContentAt(positionOf(target, 'toll'), 'death ');
    const waiting = spellingPluginKey.getState(target.state)?.waiting;
    if (!waiting) throw new Error('Nothing waits to be checked after an edit.');
    expect(textblocksToCheck(target.state.doc, waiting, 'en').map((block) => block.text)).toEqual([
      'No offical death toll yet.',
    ]);
  });
});

describe('spelling after a change no edit shows', () => {
  it('checks every block again when the briefing’s language changes, in the new language', async () => {
    const { asked, check } = recordingChecker();
    let language = 'en';
    editor = createBriefingEditor({
      element: document.createElement('div'),
      content: { type: 'doc', content: [paragraph('The regional goverment said so.'), paragraph('Fine.', 'fr')] },
      spelling: { check, briefingLanguage: () => language, pauseMilliseconds: 5, enabled: () => true },
    });
    const target = editor;
    await vi.waitFor(() => expect(asked.length).toBe(2));
    asked.length = 0;
    language = 'es';
    recheckSpelling(target.view);
    // The French block keeps its own language, whose answer the checker already holds.
    await vi.waitFor(() => expect(asked).toEqual([{ language: 'es', texts: ['The regional goverment said so.'] }]));
  });

  it('checks every paragraph of a list item whose language was set, not only its first', async () => {
    const { asked, check } = recordingChecker();
    editor = createBriefingEditor({
      element: document.createElement('div'),
      content: {
        type: 'doc',
        content: [
          {
            type: 'bulletList',
            content: [{ type: 'listItem', content: [paragraph('First line.'), paragraph('Second line.')] }],
          },
        ],
      },
      spelling: { check, briefingLanguage: () => 'en', pauseMilliseconds: 5, enabled: () => true },
    });
    const target = editor;
    await vi.waitFor(() => expect(asked.length).toBe(1));
    asked.length = 0;
    const itemAt = 1;
    expect(target.state.doc.nodeAt(itemAt)?.type.name).toBe('listItem');
    target.view.dispatch(target.state.tr.setNodeAttribute(itemAt, 'lang', 'fr'));
    await vi.waitFor(() => expect(asked).toEqual([{ language: 'fr', texts: ['First line.', 'Second line.'] }]));
  });
});
