import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { type EditorState, Plugin, PluginKey } from '@tiptap/pm/state';
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
  /** False while the user has turned spell checking off (Settings): nothing is checked or underlined. */
  enabled: () => boolean;
}

/** One textblock to check: where its text starts and in which language it is written. */
interface CheckedBlock {
  start: number;
  text: string;
  language: string;
}

/** A misspelled word in the document: its range, the word and the language it was checked in. */
export interface MisspellingInDocument {
  from: number;
  to: number;
  word: string;
  language: string;
}

/** A change of the underlines other than a fresh check: a word the user ignored or added to the dictionary. */
interface HideWord {
  hide: string;
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

const blockKey = (block: CheckedBlock) => `${block.language}\u0000${block.text}`;

/**
 * What the checker said about each block text it has seen, and the words the user set aside, for one editor.
 * A block's misspellings depend only on its language and text (and the personal word list, which only grows;
 * an added word is hidden here at once), so a block whose text did not change is never sent again.
 */
class CheckedBlocks {
  #answers = new Map<string, Misspelling[]>();
  readonly hidden = new Set<string>();

  /** Checks the blocks of `doc` not seen before, then returns the underlines for the whole document. */
  async decorationsFor(
    doc: ProseMirrorNode,
    briefingLanguage: string,
    check: NonNullable<SpellingDecorationsOptions['check']>,
  ): Promise<Decoration[]> {
    const blocks = textblocksOf(doc, briefingLanguage);
    const unchecked = new Map<string, CheckedBlock[]>();
    for (const block of blocks) {
      if (this.#answers.has(blockKey(block))) continue;
      unchecked.set(block.language, [...(unchecked.get(block.language) ?? []), block]);
    }
    const answers = new Map<string, Misspelling[]>();
    for (const [language, pending] of unchecked) {
      const texts = [...new Set(pending.map((block) => block.text))];
      for (let first = 0; first < texts.length; first += blocksPerRequest) {
        const batch = texts.slice(first, first + blocksPerRequest);
        const found = await check(language, batch);
        batch.forEach((text, index) => {
          answers.set(`${language}\u0000${text}`, found[index] ?? []);
        });
      }
    }
    // Only the blocks still in the document are remembered, so the memory follows the document's size.
    const remembered = new Map<string, Misspelling[]>();
    const decorations: Decoration[] = [];
    for (const block of blocks) {
      const key = blockKey(block);
      const found = answers.get(key) ?? this.#answers.get(key) ?? [];
      remembered.set(key, found);
      for (const { from, to, word } of found) {
        if (this.hidden.has(word)) continue;
        decorations.push(misspellingDecoration(block.start + from, block.start + to, word, block.language));
      }
    }
    this.#answers = remembered;
    return decorations;
  }
}

function misspellingDecoration(from: number, to: number, word: string, language: string): Decoration {
  return Decoration.inline(
    from,
    to,
    { class: 'misspelling', 'data-misspelling': word, 'data-language': language },
    { word, language },
  );
}

/** The misspelled word at `position` (inside it or at either end), if the checker underlined one there. */
export function misspellingAt(state: EditorState, position: number): MisspellingInDocument | undefined {
  const decorations = spellingPluginKey.getState(state);
  const [found] = decorations?.find(position, position, (spec) => typeof spec.word === 'string') ?? [];
  if (!found) return undefined;
  const spec = found.spec as { word: string; language: string };
  return { from: found.from, to: found.to, word: spec.word, language: spec.language };
}

/**
 * Takes away the underlines of `word` everywhere in this editor, now and after later checks: for "Ignore"
 * (until the briefing is closed) and for a word just added to the dictionary.
 */
export function hideMisspelledWord(view: EditorView, word: string): void {
  view.dispatch(view.state.tr.setMeta(spellingPluginKey, { hide: word } satisfies HideWord));
}

/**
 * Underlines misspelled words. The text is checked only after typing pauses, in main's spelling worker,
 * each block in its own language and only the blocks whose text changed since the last check; underlines
 * move with the text meanwhile and are replaced when the answer arrives for the document it was asked about.
 */
export const SpellingDecorations = Extension.create<SpellingDecorationsOptions>({
  name: 'spellingDecorations',

  addOptions() {
    return { check: null, briefingLanguage: () => 'en', pauseMilliseconds: 600, enabled: () => true };
  },

  addProseMirrorPlugins() {
    const options = this.options;
    const check = options.check;
    if (!check) return [];
    const checked = new CheckedBlocks();
    return [
      new Plugin<DecorationSet>({
        key: spellingPluginKey,
        state: {
          init: () => DecorationSet.empty,
          apply: (transaction, decorations) => {
            const meta = transaction.getMeta(spellingPluginKey) as DecorationSet | HideWord | undefined;
            if (meta instanceof DecorationSet) return meta;
            const mapped = decorations.map(transaction.mapping, transaction.doc);
            if (!meta) return mapped;
            checked.hidden.add(meta.hide);
            return mapped.remove(mapped.find(undefined, undefined, (spec) => spec.word === meta.hide));
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
              if (!options.enabled()) {
                if (spellingPluginKey.getState(view.state) !== DecorationSet.empty) {
                  view.dispatch(view.state.tr.setMeta(spellingPluginKey, DecorationSet.empty));
                }
                return;
              }
              void checked
                .decorationsFor(doc, options.briefingLanguage(), check)
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
