import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { escapeHtml } from '../../../text/escape-html';
import type { BriefingNodeDefinition, HtmlRenderContext } from '../../briefing-node-definition';
import type { MarkdownRenderContext } from '../../markdown-render-context';
import { renderUnfinishedMarker } from '../../unfinished-marker';
import { unfinishedMarkdown, unfinishedWordParagraph } from '../../unfinished-marker-formats';
import type { WordPart, WordRenderContext } from '../../word-render-context';
import { DisclaimerNode } from './disclaimer-node';

const isEmpty = (node: ProseMirrorNode) => node.textContent.trim() === '';

function renderDisclaimerHtml(node: ProseMirrorNode, context: HtmlRenderContext): string {
  if (isEmpty(node)) return context.purpose === 'final' ? '' : `${renderUnfinishedMarker('empty disclaimer')}\n`;
  return `<p class="disclaimer" data-disclaimer="${escapeHtml(String(node.attrs.kind))}">${context.renderInline(node)}</p>\n`;
}

function renderDisclaimerMarkdown(node: ProseMirrorNode, context: MarkdownRenderContext): string {
  if (isEmpty(node)) return context.purpose === 'final' ? '' : `${unfinishedMarkdown('empty disclaimer')}\n\n`;
  return `*${context.renderInline(node).trim()}*\n\n`;
}

function renderDisclaimerWord(node: ProseMirrorNode, context: WordRenderContext): WordPart[] {
  if (isEmpty(node)) return context.purpose === 'final' ? [] : [unfinishedWordParagraph('empty disclaimer')];
  return [{ kind: 'paragraph', style: 'disclaimer', inlines: context.renderInline(node) }];
}

/**
 * A standard disclaimer; an empty one is left out of a final export and marked in a review.
 * Boilerplate rather than the author's content, so structure-only templates keep it.
 */
export const disclaimerDefinition: BriefingNodeDefinition = {
  extension: DisclaimerNode,
  export: { html: renderDisclaimerHtml, markdown: renderDisclaimerMarkdown, docx: renderDisclaimerWord },
  plainText: { end: 'line' },
  template: { structureOnly: 'keep', variableAttributes: [] },
};
