import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { escapeHtml } from '../../../text/escape-html';
import type { BriefingNodeDefinition, HtmlRenderContext } from '../../briefing-node-definition';
import { renderUnfinishedMarker } from '../../unfinished-marker';
import { figureImageWarning } from './figure-image-warning';
import { renderCaptionMarkdown, renderCreditMarkdown, renderFigureMarkdown } from './figure-markdown';
import { FigureCaptionNode, FigureCreditNode, FigureNode } from './figure-node';
import { renderCreditWord, renderFigureWord } from './figure-word';

function renderImageHtml(figure: ProseMirrorNode, context: HtmlRenderContext): string {
  const source = figure.attrs.src as string | null;
  if (!source) return '';
  const alt = escapeHtml(String(figure.attrs.alt ?? ''));
  const embedded = context.image(source);
  if ('dataUrl' in embedded) return `<img src="${embedded.dataUrl}" alt="${alt}">`;
  context.warn(figureImageWarning(source, embedded.problem));
  return `<p class="figure-missing">Image not available${alt ? `: ${alt}` : ''}</p>`;
}

const renderCaptionHtml = (caption: ProseMirrorNode, context: HtmlRenderContext) =>
  caption.textContent.trim() ? context.renderInline(caption) : '';

const renderCreditHtml = (credit: ProseMirrorNode) =>
  credit.textContent.trim() ? `<span class="figure-credit">${escapeHtml(credit.textContent)}</span>` : '';

/** A figure still waiting for its image is left out of a final export (no bare caption) and marked in a review export. */
function renderFigureHtml(figure: ProseMirrorNode, context: HtmlRenderContext): string {
  if (!figure.attrs.src && context.purpose === 'final') return '';
  const image = figure.attrs.src ? renderImageHtml(figure, context) : renderUnfinishedMarker('no image yet');
  // Caption text sits directly in the figcaption and the credit in a span after it: the schema's parse rules read that back as caption + credit.
  const text = [renderCaptionHtml(figure.child(0), context), renderCreditHtml(figure.child(1))].filter(Boolean);
  const figcaption = text.length > 0 ? `<figcaption class="figure-caption">${text.join(' ')}</figcaption>` : '';
  return `<figure class="briefing-figure">${image}${figcaption}</figure>\n`;
}

/** A figure is the author's content: structure-only templates drop it. */
export const figureDefinition: BriefingNodeDefinition = {
  extension: FigureNode,
  export: { html: renderFigureHtml, markdown: renderFigureMarkdown, docx: renderFigureWord },
  plainText: { end: 'none' },
  template: { structureOnly: 'drop', variableAttributes: [] },
};

export const figureCaptionDefinition: BriefingNodeDefinition = {
  extension: FigureCaptionNode,
  export: {
    html: renderCaptionHtml,
    markdown: renderCaptionMarkdown,
    docx: (caption, context) =>
      caption.textContent.trim()
        ? [{ kind: 'paragraph', style: 'caption', inlines: context.renderInline(caption) }]
        : [],
  },
  plainText: { end: 'line' },
  template: { structureOnly: 'keep', variableAttributes: [] },
  // Its text sits directly in the figure's figcaption: the figure carries the language, a span in another one takes the language mark.
  carriesLanguage: false,
};

export const figureCreditDefinition: BriefingNodeDefinition = {
  extension: FigureCreditNode,
  export: { html: renderCreditHtml, markdown: renderCreditMarkdown, docx: renderCreditWord },
  plainText: { end: 'line' },
  template: { structureOnly: 'keep', variableAttributes: [] },
  // Like the caption, it shares the figure's figcaption: the figure carries the language.
  carriesLanguage: false,
};
