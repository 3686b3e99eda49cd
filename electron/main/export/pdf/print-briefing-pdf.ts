import type { Briefing } from '../../../common/briefing/briefing';
import { statusLabels } from '../../../common/briefing/metadata-labels';
import type { ExportMetadataField } from '../../../common/export/export-request';
import { finishBriefingPdfInWorker } from '../../app/document-worker/document-worker-client';
import type { PageSize } from '../page-size';
import type { HtmlExport } from '../render-briefing-html';
import type { PdfDocumentProperties } from './pdf-document-properties';
import type { PageMargins, PdfPrintOptions } from './pdf-print-options';
import type { PdfPrinter } from './pdf-printer';

export interface PdfJobOptions {
  pageSize: PageSize;
  margins: PageMargins;
  exportedAt: Date;
  timeoutMs: number;
  appVersion: string;
  shown: ReadonlySet<ExportMetadataField>;
}

/** Title, Author, Subject and Keywords from the briefings in the file, minus the fields the user hid. */
export function pdfPropertiesFor(
  rendered: Pick<HtmlExport, 'title' | 'classification'>,
  briefings: readonly Briefing[],
  options: PdfJobOptions,
): PdfDocumentProperties {
  const unique = (values: string[]) => [...new Set(values.filter(Boolean))];
  const authors = options.shown.has('authors')
    ? unique(briefings.flatMap((briefing) => briefing.metadata.authors))
    : [];
  const statuses = options.shown.has('status')
    ? unique(briefings.map((briefing) => statusLabels[briefing.metadata.status]))
    : [];
  const tags = options.shown.has('tags') ? unique(briefings.flatMap((briefing) => briefing.metadata.tags)) : [];
  const single = briefings.length === 1 ? briefings[0] : undefined;
  const asOf = single && options.shown.has('asOf') && single.metadata.asOf ? `as of ${single.metadata.asOf}` : '';
  const kind = single ? 'Situation briefing' : `${briefings.length} situation briefings`;
  return {
    title: rendered.title,
    author: authors.join(', '),
    subject: [kind, statuses.join(', '), rendered.classification, asOf].filter(Boolean).join(' · '),
    keywords: unique([...tags, rendered.classification, ...statuses]),
    creationDate: options.exportedAt,
    producer: options.shown.has('appVersion') ? `Briefdesk ${options.appVersion}` : 'Briefdesk',
  };
}

/** How a rendered export is printed: paper, margins, and the running header and footer. */
export function pdfPrintOptionsFor(rendered: HtmlExport, options: PdfJobOptions): PdfPrintOptions {
  return {
    pageSize: options.pageSize,
    margins: options.margins,
    headerTitle: rendered.title,
    classification: rendered.classification,
    exportedAt: options.exportedAt,
    locale: rendered.locale,
    timeoutMs: options.timeoutMs,
  };
}

/**
 * Prints rendered HTML with `printer`, then, in the document worker, stamps the document properties and
 * repairs what PDF/UA-1 needs: main's thread only carries the bytes.
 */
export async function printBriefingPdf(
  printer: PdfPrinter,
  rendered: HtmlExport,
  briefings: readonly Briefing[],
  options: PdfJobOptions,
): Promise<Uint8Array> {
  const pdf = await printer.print(rendered.html, pdfPrintOptionsFor(rendered, options));
  const properties = pdfPropertiesFor(rendered, briefings, options);
  return finishBriefingPdfInWorker(pdf, properties);
}
