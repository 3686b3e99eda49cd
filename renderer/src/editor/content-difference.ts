import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/** Where two versions of a document differ: from `start` to `endBefore` in the older one, to `endAfter` in the newer. */
export interface ContentDifference {
  start: number;
  endBefore: number;
  endAfter: number;
}

/**
 * The span in which `before` and `after` differ, found by scanning from both ends; null when their content is
 * the same. Repeated characters let the two scans overlap (a letter typed beside the same letter): both ends are
 * then moved past the start by the same amount, so `start` ≤ each end and the span still covers the edit.
 */
export function contentDifference(before: ProseMirrorNode, after: ProseMirrorNode): ContentDifference | null {
  const start = before.content.findDiffStart(after.content);
  if (start === null) return null;
  const end = before.content.findDiffEnd(after.content) ?? { a: start, b: start };
  const overlap = Math.max(0, start - Math.min(end.a, end.b));
  return { start, endBefore: end.a + overlap, endAfter: end.b + overlap };
}
