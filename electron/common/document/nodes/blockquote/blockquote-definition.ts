import Blockquote from '@tiptap/extension-blockquote';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { BriefingNodeDefinition, HtmlRenderContext } from '../../briefing-node-definition';
import { renderUnfinishedMarker } from '../../unfinished-marker';
import { renderBlockquoteMarkdown, renderBlockquoteWord } from './blockquote-formats';

/** An empty quote is left out of a final export and marked in a review export. */
function renderBlockquoteHtml(node: ProseMirrorNode, context: HtmlRenderContext): string {
  const quoted = context.renderChildren(node);
  if (quoted.trim() !== '') return `<blockquote>\n${quoted}</blockquote>\n`;
  return context.purpose === 'final' ? '' : `${renderUnfinishedMarker('empty quote')}\n`;
}

/** A statement in someone's own words: the author's content, so structure-only templates drop it. */
export const blockquoteDefinition: BriefingNodeDefinition = {
  extension: Blockquote,
  export: { html: renderBlockquoteHtml, markdown: renderBlockquoteMarkdown, docx: renderBlockquoteWord },
  plainText: { end: 'line' },
  template: { structureOnly: 'drop', variableAttributes: [] },
};
