import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { unfinishedWordParagraph } from '../../unfinished-marker-formats';
import type { WordPart, WordRenderContext } from '../../word-render-context';
import { blockParts } from '../../word-render-context';

/** A list's items, one level below the list around it, numbered as one new list. */
export function renderListWord(
  list: ProseMirrorNode,
  context: WordRenderContext,
  kind: 'bullet' | 'ordered',
): WordPart[] {
  const level = (context.scope.list?.level ?? -1) + 1;
  const place = { kind, level, list: context.newList(), start: Number(list.attrs.start ?? 1) || 1 };
  return context.renderChildren(list, { list: place });
}

/**
 * An item: its first paragraph carries the list's marker, its other paragraphs indent to the item's text.
 * An item without text is left out of a final export and marked in a review export.
 */
export function renderListItemWord(item: ProseMirrorNode, context: WordRenderContext): WordPart[] {
  const place = context.scope.list;
  let blocks = blockParts(context.renderChildren(item));
  if (blocks.length === 0) {
    if (context.purpose === 'final') return [];
    blocks = [unfinishedWordParagraph('empty list item')];
  }
  return blocks.map((block, index) => {
    if (!place || block.kind !== 'paragraph' || block.list || block.listIndent !== undefined) return block;
    return index === 0 ? { ...block, list: place } : { ...block, listIndent: place.level };
  });
}
