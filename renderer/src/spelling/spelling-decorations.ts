import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import type { Misspelling } from '../../../electron/common/spelling/find-misspellings';
import './spelling.css';

export interface SpellingDecorationsOptions {
  /** Checks texts in one language off the typing path (main's spelling worker); resolves to one list per text. */
  check: ((language: string, texts: string[]) => Promise<Misspelling[][]>) | null;
  /** The briefing's language, for blocks that name none of their own. */
  briefingLanguage: () => string;
  /** How long typing must pause before the text is checked again. */
  pauseMilliseconds: number;
}

/** One textblock to check: where its text starts and in which language it is written. */
interface CheckedBlock {
  start: number;
  text: string;
  language: string;
}

export const spellingPluginKey = new PluginKey<DecorationSet>('spelling');

/** Requests go in batches the IPC limits accept comfortably. */
const blocksPerRequest = 200;

/** Each textblock with the language it is written in: its own, its nearest ancestor's, else the briefing's. */
function textblocksOf(doc: ProseMirrorNode, briefingLanguage: string): CheckedBlock[] {
  const blocks: CheckedBlock[] = [];
  const visit = (node: ProseMirrorNode, position: number, inherited: string) => {
    const language = typeof node.attrs.lang === 'string' && node.attrs.lang ? node.attrs.lang : inherited;
    if (node.isTextblock) {
      // One character per inline leaf (a hard break), so offsets in the text are offsets in the document.
      const text = node.textBetween(0, node.content.size, undefined, '\ufffc');
      if (text.trim() !== '') blocks.push({ start: position + 1, text, language });
      return;
    }
    node.forEach((child, offset) => {
      visit(child, position + 1 + offset, language);
    });
  };
  doc.forEach((child, offset) => {
    visit(child, offset, briefingLanguage);
  });
  return blocks;
}

async function findDecorations(
  doc: ProseMirrorNode,
  options: SpellingDecorationsOptions,
  check: NonNullable<SpellingDecorationsOptions['check']>,
): Promise<Decoration[]> {
  const byLanguage = new Map<string, CheckedBlock[]>();
  for (const block of textblocksOf(doc, options.briefingLanguage())) {
    byLanguage.set(block.language, [...(byLanguage.get(block.language) ?? []), block]);
  }
  const decorations: Decoration[] = [];
  for (const [language, blocks] of byLanguage) {
    for (let first = 0; first < blocks.length; first += blocksPerRequest) {
      const batch = blocks.slice(first, first + blocksPerRequest);
      const found = await check(
        language,
        batch.map((block) => block.text),
      );
      batch.forEach((block, index) => {
        for (const { from, to, word } of found[index] ?? []) {
          decorations.push(
            Decoration.inline(block.start + from, block.start + to, {
              class: 'misspelling',
              'data-misspelling': word,
              'data-language': language,
            }),
          );
        }
      });
    }
  }
  return decorations;
}

/**
 * Underlines misspelled words. The text is checked only after typing pauses, in main's spelling worker,
 * each block in its own language; underlines move with the text meanwhile and are replaced when the
 * answer arrives for the document it was asked about.
 */
export const SpellingDecorations = Extension.create<SpellingDecorationsOptions>({
  name: 'spellingDecorations',

  addOptions() {
    return { check: null, briefingLanguage: () => 'en', pauseMilliseconds: 600 };
  },

  addProseMirrorPlugins() {
    const options = this.options;
    const check = options.check;
    if (!check) return [];
    return [
      new Plugin<DecorationSet>({
        key: spellingPluginKey,
        state: {
          init: () => DecorationSet.empty,
          apply: (transaction, decorations) => {
            const replaced = transaction.getMeta(spellingPluginKey) as DecorationSet | undefined;
            return replaced ?? decorations.map(transaction.mapping, transaction.doc);
          },
        },
        props: { decorations: (state) => spellingPluginKey.getState(state) },
        view: (view: EditorView) => {
          let timer: ReturnType<typeof setTimeout> | undefined;
          let destroyed = false;
          const schedule = () => {
            clearTimeout(timer);
            timer = setTimeout(() => {
              const doc = view.state.doc;
              void findDecorations(doc, options, check)
                .then((decorations) => {
                  if (destroyed || view.state.doc !== doc) return;
                  view.dispatch(view.state.tr.setMeta(spellingPluginKey, DecorationSet.create(doc, decorations)));
                })
                .catch(() => undefined);
            }, options.pauseMilliseconds);
          };
          schedule();
          return {
            update: (updated, previous) => {
              if (!updated.state.doc.eq(previous.doc)) schedule();
            },
            destroy: () => {
              destroyed = true;
              clearTimeout(timer);
            },
          };
        },
      }),
    ];
  },
});
