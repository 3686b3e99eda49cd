import type { JSONContent } from '@tiptap/core';
import { nodeDefinition } from './briefing-nodes';

const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.,-]*/gu;

/** Words per minute used for reading time, a common figure for news copy. */
export const readingWordsPerMinute = 230;

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
  return parts.join('').match(wordPattern)?.length ?? 0;
}

/** Whole minutes to read `words`, at least 1 for any text. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / readingWordsPerMinute));
}
