import { diffWordsWithSpace } from 'diff';
import type { Briefing } from '../../common/briefing/briefing';
import { briefingPlainText } from '../../common/document/briefing-plain-text';
import type { TextDiffPart } from '../../common/library/library-types';

const wordPattern = /[\p{L}\p{N}]+/gu;

function readableText(briefing: Briefing): string {
  return `${briefing.metadata.title}\n${briefingPlainText(briefing.content)}`;
}

/** A word-level diff from `older` to `newer`: title and body text, paragraphs on their own lines. */
export function diffBriefingText(
  older: Briefing,
  newer: Briefing,
): { parts: TextDiffPart[]; addedWords: number; removedWords: number } {
  const parts: TextDiffPart[] = [];
  let addedWords = 0;
  let removedWords = 0;
  for (const change of diffWordsWithSpace(readableText(older), readableText(newer))) {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const words = change.value.match(wordPattern)?.length ?? 0;
    if (kind === 'added') addedWords += words;
    if (kind === 'removed') removedWords += words;
    const last = parts.at(-1);
    if (last && last.kind === kind) last.text += change.value;
    else parts.push({ kind, text: change.value });
  }
  return { parts, addedWords, removedWords };
}
