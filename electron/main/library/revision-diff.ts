import { diffWordsWithSpace } from 'diff';
import type { Briefing } from '../../common/briefing/briefing';
import { briefingPlainText } from '../../common/document/briefing-plain-text';
import type { TextDiffPart } from '../../common/library/library-types';
import { UserFacingError } from '../../common/user-facing-error';

const wordPattern = /[\p{L}\p{N}]+/gu;

/** Edits (words, spaces) beyond which two versions are too different for a change view to help. */
export const maximumDiffEdits = 2_000;

/** However the texts are built, a diff gives up after this long rather than stall main. */
const diffTimeoutMilliseconds = 500;

export const diffTooLargeMessage =
  'These two versions differ in too many places to show the changes; open the older version from History to read it as it was.';

function readableText(briefing: Briefing): string {
  return `${briefing.metadata.title}\n${briefingPlainText(briefing.content)}`;
}

/**
 * A word-level diff from `older` to `newer`: title and body text, paragraphs on
 * their own lines. Bounded by jsdiff's `maxEditLength` and `timeout`: two very
 * different versions get a plain `UserFacingError` instead of seconds of work.
 */
export function diffBriefingText(
  older: Briefing,
  newer: Briefing,
): { parts: TextDiffPart[]; addedWords: number; removedWords: number } {
  const parts: TextDiffPart[] = [];
  let addedWords = 0;
  let removedWords = 0;
  const changes = diffWordsWithSpace(readableText(older), readableText(newer), {
    maxEditLength: maximumDiffEdits,
    timeout: diffTimeoutMilliseconds,
  });
  if (!changes) throw new UserFacingError('invalid-argument', diffTooLargeMessage);
  for (const change of changes) {
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
