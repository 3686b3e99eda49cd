import type { Selection } from '@tiptap/pm/state';

/**
 * Where a new block goes: right after the block holding the cursor that sits
 * directly in the document or in a section (so never inside a list or table).
 */
export function positionAfterCurrentBlock(selection: Selection): number {
  const { $from } = selection;
  for (let depth = $from.depth; depth > 0; depth -= 1) {
    const parentName = $from.node(depth - 1).type.name;
    if (parentName === 'doc' || parentName === 'section') return $from.after(depth);
  }
  return $from.doc.content.size;
}

/** Right after the top-level block holding the cursor: where a new section goes. */
export function positionAfterTopLevelBlock(selection: Selection): number {
  const { $from } = selection;
  return $from.depth > 0 ? $from.after(1) : $from.doc.content.size;
}
