import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { type EditorState, Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import type { Misspelling } from '../../../electron/common/spelling/find-misspellings';
import { changedRange, type DocumentRange } from './changed-range';
import { MisspellingHighlight } from './misspelling-highlight';
import { type TextblockToCheck, textblocksToCheck } from './textblocks-to-check';
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

/** A misspelled word in the document: its range, the word and the language it was checked in. */
export interface MisspellingInDocument {
  from: number;
  to: number;
  word: string;
  language: string;
}

/**
 * The underlines (kept as decorations, which move with the text, but drawn by `MisspellingHighlight`, not as
 * elements), the part of the document changed since they were last brought up to date, and how many times
 * they changed other than by moving with an edit (an answer, a hidden word, spell checking turned off).
 */
interface SpellingState {
  decorations: DecorationSet;
  waiting: DocumentRange | null;
  replaced: number;
}

/** What a transaction tells the plugin besides its edits. */
type SpellingMeta =
  /** The checker's answer for the blocks of `waiting`, for the document it was asked about. */
  | { checked: TextblockToCheck[]; found: Decoration[] }
  /** A word the user ignored or added to the dictionary. */
  | { hide: string }
  /** Spell checking was turned off: no underlines, and everything waits for the next check. */
  | { clear: true }
  /** The briefing's language changed: every block is checked again, its underlines kept until the answer. */
  | { recheck: true };

export const spellingPluginKey = new PluginKey<SpellingState>('spelling');

/** Requests go in batches the IPC limits accept comfortably. */
const blocksPerRequest = 200;

/** Answers kept for block texts seen before; past this many, the memory starts again. */
const rememberedTextsLimit = 20_000;

const textKey = (language: string, text: string) => `${language}\u0000${text}`;

/**
 * Checks the blocks it is given, asking the checker only about block texts it has not seen: a block's
 * misspellings depend only on its language and text (and the personal word list, which only grows; an
 * added word is hidden at once), so an unchanged block is never sent again.
 */
class BlockChecker {
  #answers = new Map<string, Misspelling[]>();
  readonly hidden = new Set<string>();

  async underlines(
    blocks: readonly TextblockToCheck[],
    check: NonNullable<SpellingDecorationsOptions['check']>,
  ): Promise<Decoration[]> {
    const unchecked = new Map<string, Set<string>>();
    for (const block of blocks) {
      if (this.#answers.has(textKey(block.language, block.text))) continue;
      unchecked.set(block.language, (unchecked.get(block.language) ?? new Set()).add(block.text));
    }
    if (this.#answers.size > rememberedTextsLimit) this.#answers = new Map();
    for (const [language, pending] of unchecked) {
      const texts = [...pending];
      for (let first = 0; first < texts.length; first += blocksPerRequest) {
        const batch = texts.slice(first, first + blocksPerRequest);
        const found = await check(language, batch);
        batch.forEach((text, index) => {
          this.#answers.set(textKey(language, text), found[index] ?? []);
        });
      }
    }
    return blocks.flatMap((block) =>
      (this.#answers.get(textKey(block.language, block.text)) ?? [])
        .filter(({ word }) => !this.hidden.has(word))
        .map(({ from, to, word }) => misspellingDecoration(block.start + from, block.start + to, word, block.language)),
    );
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

const isMisspelling = (spec: { word?: unknown }) => typeof spec.word === 'string';

/** The underlines after an answer: those of the checked blocks replaced, the others kept. */
function replaceCheckedBlocks(
  decorations: DecorationSet,
  doc: ProseMirrorNode,
  checked: readonly TextblockToCheck[],
  found: Decoration[],
): DecorationSet {
  const stale = checked.flatMap((block) => decorations.find(block.start, block.end, isMisspelling));
  return decorations.remove(stale).add(doc, found);
}

function misspellingInDocument(underline: Decoration): MisspellingInDocument {
  const spec = underline.spec as { word: string; language: string };
  return { from: underline.from, to: underline.to, word: spec.word, language: spec.language };
}

/** The misspelled words underlined between `from` and `to` (the whole document without them), in document order. */
export function underlinedMisspellings(state: EditorState, from?: number, to?: number): MisspellingInDocument[] {
  const decorations = spellingPluginKey.getState(state)?.decorations;
  if (!decorations) return [];
  return decorations
    .find(from, to, isMisspelling)
    .map(misspellingInDocument)
    .sort((first, second) => first.from - second.from);
}

/** The misspelled word at `position` (inside it or at either end), if the checker underlined one there. */
export function misspellingAt(state: EditorState, position: number): MisspellingInDocument | undefined {
  const decorations = spellingPluginKey.getState(state)?.decorations;
  const [found] = decorations?.find(position, position, isMisspelling) ?? [];
  return found ? misspellingInDocument(found) : undefined;
}

/**
 * Takes away the underlines of `word` everywhere in this editor, now and after later checks: for "Ignore"
 * (until the briefing is closed) and for a word just added to the dictionary.
 */
export function hideMisspelledWord(view: EditorView, word: string): void {
  view.dispatch(view.state.tr.setMeta(spellingPluginKey, { hide: word } satisfies SpellingMeta));
}

/**
 * Checks the whole briefing again after the pause, for a change no edit shows: the briefing's language, which
 * every block without its own is checked in.
 */
export function recheckSpelling(view: EditorView): void {
  view.dispatch(view.state.tr.setMeta(spellingPluginKey, { recheck: true } satisfies SpellingMeta));
}

/**
 * Underlines misspelled words. The text is checked only after typing pauses, in main's spelling worker,
 * each block in its own language and only the blocks whose text changed since the last check; underlines
 * move with the text meanwhile and are replaced when the answer arrives for the document it was asked about.
 * They are drawn with the CSS Custom Highlight API (`misspelling-highlight.ts`): spans in the text made every
 * keystroke in a long briefing dearer, in Chromium placing the caret.
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
    const checker = new BlockChecker();
    const wholeDocument = (doc: ProseMirrorNode): DocumentRange => ({ from: 0, to: doc.content.size });
    return [
      new Plugin<SpellingState>({
        key: spellingPluginKey,
        state: {
          init: (_config, state) => ({
            decorations: DecorationSet.empty,
            waiting: wholeDocument(state.doc),
            replaced: 0,
          }),
          apply: (transaction, previous) => {
            const meta = transaction.getMeta(spellingPluginKey) as SpellingMeta | undefined;
            const decorations = previous.decorations.map(transaction.mapping, transaction.doc);
            const waiting = changedRange(transaction, previous.waiting);
            const { replaced } = previous;
            if (!meta) return { decorations, waiting, replaced };
            if ('clear' in meta) {
              return {
                decorations: DecorationSet.empty,
                waiting: wholeDocument(transaction.doc),
                replaced: replaced + 1,
              };
            }
            if ('recheck' in meta) return { decorations, waiting: wholeDocument(transaction.doc), replaced };
            if ('hide' in meta) {
              checker.hidden.add(meta.hide);
              const hidden = decorations.find(undefined, undefined, (spec) => spec.word === meta.hide);
              return { decorations: decorations.remove(hidden), waiting, replaced: replaced + 1 };
            }
            return {
              decorations: replaceCheckedBlocks(decorations, transaction.doc, meta.checked, meta.found),
              waiting: null,
              replaced: replaced + 1,
            };
          },
        },
        view: (view: EditorView) => {
          const highlight = new MisspellingHighlight(view);
          let timer: ReturnType<typeof setTimeout> | undefined;
          let destroyed = false;
          const checkWaitingBlocks = () => {
            const { state } = view;
            const waiting = spellingPluginKey.getState(state)?.waiting;
            if (!options.enabled()) {
              if (spellingPluginKey.getState(state)?.decorations !== DecorationSet.empty) {
                view.dispatch(state.tr.setMeta(spellingPluginKey, { clear: true } satisfies SpellingMeta));
              }
              return;
            }
            if (!waiting) return;
            const doc = state.doc;
            const blocks = textblocksToCheck(doc, waiting, options.briefingLanguage());
            void checker
              .underlines(blocks, check)
              .then((found) => {
                // An answer about an older text is dropped: the changed range still waits, and typing has scheduled its check.
                if (destroyed || view.state.doc !== doc) return;
                view.dispatch(
                  view.state.tr.setMeta(spellingPluginKey, { checked: blocks, found } satisfies SpellingMeta),
                );
              })
              .catch(() => undefined);
          };
          const schedule = () => {
            clearTimeout(timer);
            timer = setTimeout(checkWaitingBlocks, options.pauseMilliseconds);
          };
          schedule();
          return {
            update: (updated, previous) => {
              const now = spellingPluginKey.getState(updated.state);
              const before = spellingPluginKey.getState(previous);
              // One update can carry several transactions (another plugin's appended edit): move along, then replace.
              highlight.update(previous.doc, (from, to) => underlinedMisspellings(updated.state, from, to));
              if (now?.replaced !== before?.replaced) highlight.redraw(underlinedMisspellings(updated.state));
              if (updated.state.doc !== previous.doc || (now?.waiting && now.waiting !== before?.waiting)) schedule();
            },
            destroy: () => {
              destroyed = true;
              clearTimeout(timer);
              highlight.destroy();
            },
          };
        },
      }),
    ];
  },
});
