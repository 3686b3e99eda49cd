import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { HtmlRenderContext } from '../briefing-node-definition';

/** A list item or table cell holding one paragraph renders without the `<p>`, as tight lists and tables do. */
export function renderSingleParagraphInline(node: ProseMirrorNode, context: HtmlRenderContext): string {
  if (node.childCount === 1 && node.firstChild?.type.name === 'paragraph') return context.renderInline(node.firstChild);
  return context.renderChildren(node).trimEnd();
}
