import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { unfinishedWordParagraph } from '../../unfinished-marker-formats';
import type { WordBlock, WordInline, WordRenderContext } from '../../word-render-context';
import { figureImageWarning } from './figure-image-warning';

function renderImageWord(figure: ProseMirrorNode, context: WordRenderContext): WordBlock[] {
  const source = figure.attrs.src as string | null;
  if (!source) return [];
  const alt = String(figure.attrs.alt ?? '');
  const embedded = context.image(source);
  if ('dataUrl' in embedded) return [{ kind: 'image', dataUrl: embedded.dataUrl, alt }];
  context.warn(figureImageWarning(source, embedded.problem));
  const notice = `Image not available${alt ? `: ${alt}` : ''}`;
  return [{ kind: 'paragraph', style: 'notice', inlines: [{ kind: 'text', text: notice, format: {} }] }];
}

export const renderCreditWord = (credit: ProseMirrorNode): WordInline[] =>
  credit.textContent.trim() ? [{ kind: 'text', text: credit.textContent.trim(), format: { italics: true } }] : [];

/**
 * The image, then one caption paragraph: the caption's runs and the credit after them. A figure still
 * waiting for its image is left out of a final export and marked in a review export.
 */
export function renderFigureWord(figure: ProseMirrorNode, context: WordRenderContext): WordBlock[] {
  if (!figure.attrs.src && context.purpose === 'final') return [];
  const caption = figure.child(0).textContent.trim() ? context.renderInline(figure.child(0)) : [];
  const credit = renderCreditWord(figure.child(1));
  const space: WordInline[] = caption.length > 0 && credit.length > 0 ? [{ kind: 'text', text: ' ', format: {} }] : [];
  const inlines = [...caption, ...space, ...credit];
  return [
    ...(figure.attrs.src ? renderImageWord(figure, context) : [unfinishedWordParagraph('no image yet')]),
    ...(inlines.length > 0 ? [{ kind: 'paragraph' as const, style: 'caption' as const, inlines }] : []),
  ];
}
