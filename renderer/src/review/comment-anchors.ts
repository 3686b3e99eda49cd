import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/** Where a thread's anchor text is: from its first marked character to its last. */
export interface AnchorRange {
  from: number;
  to: number;
}

/** Each comment thread's anchor range in the body, in document order; threads whose text was deleted are absent. */
export function commentAnchorRanges(doc: ProseMirrorNode): Map<string, AnchorRange> {
  const ranges = new Map<string, AnchorRange>();
  doc.descendants((node, position) => {
    for (const mark of node.marks) {
      if (mark.type.name !== 'comment' || typeof mark.attrs.threadId !== 'string') continue;
      const known = ranges.get(mark.attrs.threadId);
      const end = position + node.nodeSize;
      ranges.set(
        mark.attrs.threadId,
        known ? { from: known.from, to: Math.max(known.to, end) } : { from: position, to: end },
      );
    }
  });
  return ranges;
}
