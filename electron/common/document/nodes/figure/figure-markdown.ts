import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { escapeMarkdown } from '../../../text/escape-markdown';
import type { MarkdownRenderContext } from '../../markdown-render-context';
import { unfinishedMarkdown } from '../../unfinished-marker-formats';
import { figureImageWarning } from './figure-image-warning';

function renderImageMarkdown(figure: ProseMirrorNode, context: MarkdownRenderContext): string {
  const source = figure.attrs.src as string | null;
  if (!source) return '';
  const alt = escapeMarkdown(String(figure.attrs.alt ?? ''));
  const embedded = context.image(source);
  if ('dataUrl' in embedded) return `![${alt}][${context.reference(embedded.dataUrl)}]\n\n`;
  context.warn(figureImageWarning(source, embedded.problem));
  return `*Image not available${alt ? `: ${alt}` : ''}*\n\n`;
}

export const renderCaptionMarkdown = (caption: ProseMirrorNode, context: MarkdownRenderContext) =>
  caption.textContent.trim() ? context.renderInline(caption).trim() : '';

export const renderCreditMarkdown = (credit: ProseMirrorNode) =>
  credit.textContent.trim() ? `*${escapeMarkdown(credit.textContent.trim())}*` : '';

/**
 * The image by reference (its data stays at the end of the file), then caption and credit as one paragraph.
 * A figure still waiting for its image is left out of a final export and marked in a review export.
 */
export function renderFigureMarkdown(figure: ProseMirrorNode, context: MarkdownRenderContext): string {
  if (!figure.attrs.src && context.purpose === 'final') return '';
  const image = figure.attrs.src ? renderImageMarkdown(figure, context) : `${unfinishedMarkdown('no image yet')}\n\n`;
  const text = [renderCaptionMarkdown(figure.child(0), context), renderCreditMarkdown(figure.child(1))].filter(Boolean);
  return `${image}${text.length > 0 ? `${text.join(' ')}\n\n` : ''}`;
}
