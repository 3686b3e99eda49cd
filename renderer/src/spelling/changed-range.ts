import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';

/** A range of the document, in the positions of its newest version. */
export interface DocumentRange {
  from: number;
  to: number;
}

/** The range a step touched without moving text (a block's attributes, a mark), read from the step's own fields. */
function rangeOfStepWithoutMap(step: unknown, doc: ProseMirrorNode | undefined, size: number): DocumentRange {
  const fields = step as { from?: unknown; to?: unknown; pos?: unknown };
  if (typeof fields.from === 'number' && typeof fields.to === 'number') return { from: fields.from, to: fields.to };
  // An attribute step names the node's start: the whole node is rechecked (its language may have changed,
  // and a list item's holds for every paragraph in it).
  if (typeof fields.pos === 'number') {
    return { from: fields.pos, to: Math.min(size, fields.pos + (doc?.nodeAt(fields.pos)?.nodeSize ?? 1)) };
  }
  return { from: 0, to: size };
}

/**
 * The part of the document a transaction may have changed, joined with what was already waiting to be
 * checked (carried through the transaction's mapping), as one range; null when nothing is waiting.
 */
export function changedRange(transaction: Transaction, waiting: DocumentRange | null): DocumentRange | null {
  if (!transaction.docChanged) return waiting;
  const size = transaction.doc.content.size;
  let from = waiting ? transaction.mapping.map(waiting.from, -1) : Number.POSITIVE_INFINITY;
  let to = waiting ? transaction.mapping.map(waiting.to, 1) : Number.NEGATIVE_INFINITY;
  const include = (start: number, end: number) => {
    from = Math.min(from, start);
    to = Math.max(to, end);
  };
  transaction.steps.forEach((step, index) => {
    const after = transaction.mapping.slice(index + 1);
    const map = transaction.mapping.maps[index];
    let moved = false;
    map?.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      moved = true;
      include(after.map(newStart, -1), after.map(newEnd, 1));
    });
    if (!moved) {
      const stepped = transaction.docs[index + 1] ?? transaction.doc;
      const touched = rangeOfStepWithoutMap(step, stepped, stepped.content.size);
      include(after.map(touched.from, -1), after.map(touched.to, 1));
    }
  });
  return { from: Math.max(0, Math.min(from, size)), to: Math.max(0, Math.min(to, size)) };
}
