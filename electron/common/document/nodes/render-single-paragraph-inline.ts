import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { HtmlRenderContext } from '../briefing-node-definition';
import { languageAttributeText } from '../language/language-attributes';

/** A list item or table cell holding one paragraph renders without the `<p>`, as tight lists and tables do, unless the paragraph has a language of its own. */
export function renderSingleParagraphInline(node: ProseMirrorNode, context: HtmlRenderContext): string {
  const only = node.childCount === 1 ? node.firstChild : null;
  if (only?.type.name === 'paragraph' && languageAttributeText(only.attrs) === '') return context.renderInline(only);
  return context.renderChildren(node).trimEnd();
}
