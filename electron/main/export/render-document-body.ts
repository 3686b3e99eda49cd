import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { EmbeddedImage, ReviewMarkup } from '../../common/document/briefing-node-definition';
import { type HeadingAnchors, headingAnchor } from '../../common/document/heading-anchors';
import { renderDocumentHtml } from '../../common/document/render-document-html';
import type { ExportPurpose } from '../../common/export/export-purpose';
import { exportLabelsFor } from '../../common/language/export-labels';
import type { ExportLocale } from '../../common/language/export-locale';
import { documentForPurpose } from '../../common/review/document-for-purpose';
import type { CitationRegister } from './citation-register';
import { formatIsoDateTime } from './format-export-date';

export type ImageLookup = (source: string) => EmbeddedImage;

export interface BodyRenderContext {
  images: ImageLookup;
  anchors: HeadingAnchors;
  timeZone: string;
  locale: ExportLocale;
  /** Problems worth telling the user, e.g. a missing image file. */
  warnings: string[];
  purpose: ExportPurpose;
  /** Numbers the sources the body cites, for the source list after it. */
  register: CitationRegister;
  /** In a review export, the comment numbers and suggestion labels (docs/review.md). */
  review?: ReviewMarkup;
}

/** The briefing body as semantic HTML, each node rendered by its own definition in the document registry. */
export function renderDocumentBody(document: ProseMirrorNode, context: BodyRenderContext): string {
  return renderDocumentHtml(documentForPurpose(document, context.purpose), {
    image: context.images,
    anchor: (text) => headingAnchor(context.anchors, text),
    formatDateTime: (iso) => formatIsoDateTime(iso, context.timeZone, context.locale),
    labels: exportLabelsFor(context.locale),
    warn: (message) => context.warnings.push(message),
    purpose: context.purpose,
    cite: (sourceIds) => context.register.cite(sourceIds),
    review: context.review,
  });
}
