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
 * The number of matches of `/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.,-]*\/gu` in `text`, counted in one pass
 * without building them: a word starts at a letter or digit met outside a word.
 */
function countWordsInText(text: string): number {
  let count = 0;
  let inWord = false;
  for (let index = 0; index < text.length; index += characterLength(text, index)) {
    const kind = characterKinds.at(text, index);
    if (kind === other) inWord = false;
    else if (kind === wordStart && !inWord) {
      count += 1;
      inWord = true;
    }
  }
  return count;
}

function collectText(node: JSONContent, parts: string[]): void {
  if (node.text) parts.push(node.text);
  const leaf = nodeDefinition(node.type)?.plainText.leaf;
  if (leaf) parts.push(leaf.words(node.attrs ?? {}));
  for (const child of node.content ?? []) {
    collectText(child, parts);
    if (child.type !== 'text') parts.push(' ');
  }
}

/** The words a reader sees in a document body: text, and what each leaf node counts (key figures). */
export function countWords(content: JSONContent): number {
  const parts: string[] = [];
  collectText(content, parts);
  return countWordsInText(parts.join(''));
}

/** Whole minutes to read `words`, at least 1 for any text. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / readingWordsPerMinute));
}
