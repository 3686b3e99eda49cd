import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { MarkdownRenderContext } from '../../markdown-render-context';
import { unfinishedMarkdown } from '../../unfinished-marker-formats';

/** A list's items, each marked by `marker`; a list nested in an item is indented under its text. */
export function renderListMarkdown(
  list: ProseMirrorNode,
  context: MarkdownRenderContext,
  marker: (index: number) => string,
): string {
  const items = context.renderChildren(list, { listMarker: marker });
  return items.trim() === '' ? '' : `${items}\n`;
}

/**
 * One item: its marker, then its blocks with every further line indented to the text. An item without
 * text is left out of a final export and marked in a review export.
 */
export function renderListItemMarkdown(item: ProseMirrorNode, context: MarkdownRenderContext, index: number): string {
  const marker = context.scope.listMarker(index);
  let body =
    item.childCount === 1 && item.firstChild?.type.name === 'paragraph'
      ? context.renderInline(item.firstChild)
      : context.renderChildren(item).trim();
  if (body.trim() === '') {
    if (context.purpose === 'final') return '';
    body = unfinishedMarkdown('empty list item');
  }
  const indent = ' '.repeat(marker.length);
  return `${marker}${body
    .split('\n')
    .map((line, number) => (number === 0 || line === '' ? line : `${indent}${line}`))
    .join('\n')}\n`;
}
