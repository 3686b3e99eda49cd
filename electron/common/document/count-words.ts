import type { JSONContent } from '@tiptap/core';
import { CharacterKinds, characterLength } from '../text/character-kinds';
import { nodeDefinition } from './briefing-nodes';

/** Words per minute used for reading time, a common figure for news copy. */
export const readingWordsPerMinute = 230;

const other = 1;
/** A letter or digit: starts a word, and goes on with one. */
const wordStart = 2;
/** A mark, apostrophe, full stop, comma or hyphen: goes on with a word already started. */
const wordContinuation = 3;

const characterKinds = new CharacterKinds((character) => {
  if (/^[\p{L}\p{N}]$/u.test(character)) return wordStart;
  return /^[\p{M}'’.,-]$/u.test(character) ? wordContinuation : other;
});

/**
 * Counts the matches of `/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.,-]*\/gu` in texts given in order, as in the one text
 * joined from them, without building that text or the matches: a word starts at a letter or digit met outside a
 * word. A long body's joined text would be a long, freshly made string, which costs more than the count.
 */
class WordCount {
  /** The words in the texts added so far. A high surrogate left held at the end starts none: it is a word's end. */
  words = 0;
  #inWord = false;
  /** A high surrogate that ended the last text: with a low one starting the next, it is one character. */
  #held = '';

  add(text: string): void {
    const scanned = this.#held === '' ? text : this.#held + text;
    this.#held = '';
    const last = scanned.length - 1;
    for (let index = 0; index <= last; index += characterLength(scanned, index)) {
      if (index === last && isHighSurrogate(scanned.charCodeAt(index))) {
        this.#held = scanned.slice(index);
        return;
      }
      this.#read(characterKinds.at(scanned, index));
    }
  }

  #read(kind: number): void {
    if (kind === other) this.#inWord = false;
    else if (kind === wordStart && !this.#inWord) {
      this.words += 1;
      this.#inWord = true;
    }
  }
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

function collectText(node: JSONContent, count: WordCount): void {
  if (node.text) count.add(node.text);
  const leaf = nodeDefinition(node.type)?.plainText.leaf;
  if (leaf) count.add(leaf.words(node.attrs ?? {}));
  for (const child of node.content ?? []) {
    collectText(child, count);
    if (child.type !== 'text') count.add(' ');
  }
}

/** The words a reader sees in a document body: text, and what each leaf node counts (key figures). */
export function countWords(content: JSONContent): number {
  const count = new WordCount();
  collectText(content, count);
  return count.words;
}

/** Whole minutes to read `words`, at least 1 for any text. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / readingWordsPerMinute));
}
