import type { JSONContent } from '@tiptap/core';
import { diffWordsWithSpace } from 'diff';
import type { Briefing } from '../../../common/briefing/briefing';
import { briefingPlainText } from '../../../common/document/briefing-plain-text';
import type { ComparedBlock } from '../../../common/history/revision-comparison';
import type { TextDiffPart } from '../../../common/library/library-types';
import { UserFacingError } from '../../../common/user-facing-error';
import { diffTooLargeMessage, maximumDiffEdits } from '../revision-diff';

const wordPattern = /[\p{L}\p{N}]+/gu;

interface Block {
  /** What identifies the block across versions: a section by its heading, any other block by its text. */
  key: string;
  /** The node type, e.g. `section`, `paragraph`. */
  kind: string;
  title: string;
  text: string;
}

function blocksOf(briefing: Briefing): Block[] {
  return (briefing.content.content ?? []).map((node: JSONContent) => {
    const text = briefingPlainText({ type: 'doc', content: [node] });
    const heading =
      node.type === 'section' ? briefingPlainText({ type: 'doc', content: [node.content?.[0] ?? {}] }) : '';
    const title = heading || text.split('\n')[0]?.slice(0, 80) || '(empty)';
    const key = node.type === 'section' ? `section:${heading.trim().toLowerCase()}` : `block:${text}`;
    return { key, kind: node.type ?? '', title, text };
  });
}

const wordsOf = (text: string) => new Set(text.toLowerCase().match(wordPattern) ?? []);

/** Share of words two texts have in common (Jaccard), 0 to 1. */
function similarity(a: string, b: string): number {
  const left = wordsOf(a);
  const right = wordsOf(b);
  if (left.size === 0 && right.size === 0) return 1;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared += 1;
  return shared / (left.size + right.size - shared);
}

/**
 * Pairs each newer block with an older one: first the same key (a section's heading, a block's
 * text), then, for blocks left over, the first left-over older block of the same kind sharing at
 * least half its words (an edited paragraph).
 */
function pairBlocks(older: Block[], newer: Block[]): (number | undefined)[] {
  const free = new Map<string, number[]>();
  for (const [index, block] of older.entries()) free.set(block.key, [...(free.get(block.key) ?? []), index]);
  const pairs = newer.map((block) => free.get(block.key)?.shift());
  const unpaired = new Set([...free.values()].flat());
  for (const [newerIndex, block] of newer.entries()) {
    if (pairs[newerIndex] !== undefined) continue;
    const match = [...unpaired]
      .sort((a, b) => a - b)
      .find((olderIndex) => {
        const candidate = older[olderIndex] as Block;
        return candidate.kind === block.kind && similarity(candidate.text, block.text) >= 0.5;
      });
    if (match === undefined) continue;
    pairs[newerIndex] = match;
    unpaired.delete(match);
  }
  return pairs;
}

/** Indexes (into `sequence`) of a longest increasing subsequence: the pairs that kept their order. */
function longestIncreasing(sequence: number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = new Array(sequence.length).fill(-1);
  sequence.forEach((value, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((sequence[tails[middle] as number] as number) < value) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1] as number;
    tails[low] = index;
  });
  const kept = new Set<number>();
  for (let index = tails.at(-1) ?? -1; index >= 0; index = previous[index] as number) kept.add(index);
  return kept;
}

function wordDiff(
  older: string,
  newer: string,
): { older: TextDiffPart[]; newer: TextDiffPart[]; added: number; removed: number } {
  const changes = diffWordsWithSpace(older, newer, { maxEditLength: maximumDiffEdits, timeout: 500 });
  if (!changes) throw new UserFacingError('invalid-argument', diffTooLargeMessage);
  const result = { older: [] as TextDiffPart[], newer: [] as TextDiffPart[], added: 0, removed: 0 };
  for (const change of changes) {
    const words = change.value.match(wordPattern)?.length ?? 0;
    if (change.added) {
      result.newer.push({ kind: 'added', text: change.value });
      result.added += words;
    } else if (change.removed) {
      result.older.push({ kind: 'removed', text: change.value });
      result.removed += words;
    } else {
      result.older.push({ kind: 'same', text: change.value });
      result.newer.push({ kind: 'same', text: change.value });
    }
  }
  return result;
}

/**
 * Two versions' bodies side by side, top-level block by block. Blocks are paired by section
 * heading (other blocks by their text); paired blocks that kept their order are compared word by
 * word, and those that did not are shown as moved — once on each side, with their edits — rather
 * than as a deletion here and an insertion there.
 */
export function compareBriefingBodies(
  olderBriefing: Briefing,
  newerBriefing: Briefing,
): {
  olderBlocks: ComparedBlock[];
  newerBlocks: ComparedBlock[];
  addedWords: number;
  removedWords: number;
  movedBlocks: number;
} {
  const older = blocksOf(olderBriefing);
  const newer = blocksOf(newerBriefing);
  const pairs = pairBlocks(older, newer);
  const pairedNewer = pairs.flatMap((olderIndex, newerIndex) => (olderIndex === undefined ? [] : [newerIndex]));
  const inOrder = longestIncreasing(pairedNewer.map((newerIndex) => pairs[newerIndex] as number));
  const stayed = new Set([...inOrder].map((position) => pairedNewer[position] as number));

  const olderBlocks: ComparedBlock[] = older.map((block) => ({
    kind: 'removed',
    title: block.title,
    parts: [{ kind: 'removed', text: block.text }],
  }));
  const newerBlocks: ComparedBlock[] = [];
  let addedWords = 0;
  let removedWords = 0;
  let movedBlocks = 0;
  newer.forEach((block, newerIndex) => {
    const olderIndex = pairs[newerIndex];
    if (olderIndex === undefined) {
      newerBlocks.push({ kind: 'added', title: block.title, parts: [{ kind: 'added', text: block.text }] });
      addedWords += block.text.match(wordPattern)?.length ?? 0;
      return;
    }
    const diff = wordDiff((older[olderIndex] as Block).text, block.text);
    addedWords += diff.added;
    removedWords += diff.removed;
    const moved = !stayed.has(newerIndex);
    if (moved) movedBlocks += 1;
    const edited = [...diff.older, ...diff.newer].some((part) => part.kind !== 'same');
    const kind = moved ? 'moved' : edited ? 'changed' : 'same';
    newerBlocks.push({
      kind,
      title: block.title,
      parts: diff.newer,
      ...(moved ? { otherPosition: olderIndex + 1 } : {}),
    });
    olderBlocks[olderIndex] = {
      kind,
      title: (older[olderIndex] as Block).title,
      parts: diff.older,
      ...(moved ? { otherPosition: newerIndex + 1 } : {}),
    };
  });
  for (const block of olderBlocks)
    if (block.kind === 'removed') removedWords += block.parts[0]?.text.match(wordPattern)?.length ?? 0;
  return { olderBlocks, newerBlocks, addedWords, removedWords, movedBlocks };
}
