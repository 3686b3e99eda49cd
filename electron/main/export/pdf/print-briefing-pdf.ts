import type { Briefing } from '../../../common/briefing/briefing';
import { statusLabels } from '../../../common/briefing/metadata-labels';
import type { ExportMetadataField } from '../../../common/export/export-request';
import {
  finishBriefingPdfInWorker,
  renderBriefingHtmlFileInWorker,
} from '../../app/document-worker/document-worker-client';
import type { HtmlExportOptions } from '../export-options';
import type { PageSize } from '../page-size';
import type { HtmlExport, WrittenHtmlExport } from '../render-briefing-html';
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

/** A rendered export ready to print: its HTML in hand, or written to a file in the printer's folder. */
export type PrintableExport = HtmlExport | WrittenHtmlExport;

/** How a rendered export is printed: paper, margins, and the running header and footer. */
export function pdfPrintOptionsFor(
  rendered: Pick<HtmlExport, 'title' | 'classification' | 'locale'>,
  options: PdfJobOptions,
): PdfPrintOptions {
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
  rendered: PrintableExport,
  briefings: readonly Briefing[],
  options: PdfJobOptions,
): Promise<Uint8Array> {
  const printOptions = pdfPrintOptionsFor(rendered, options);
  const pdf =
    'file' in rendered
      ? await printer.printFile(rendered.file, printOptions)
      : await printer.print(rendered.html, printOptions);
  const properties = pdfPropertiesFor(rendered, briefings, options);
  return finishBriefingPdfInWorker(pdf, properties);
}

/**
 * One briefing's PDF as an export makes it: the document worker renders the HTML straight into the
 * printer's folder (4 MB for a large briefing, which never crosses main's thread), then it is printed and finished.
 */
export async function exportBriefingPdf(
  printer: PdfPrinter,
  briefing: Briefing,
  htmlOptions: HtmlExportOptions,
  options: PdfJobOptions,
): Promise<{ pdf: Uint8Array; warnings: string[] }> {
  // The printer's page opens while the worker renders (the command line's first print, a printer left idle).
  void printer.prepare?.();
  const rendered = await renderBriefingHtmlFileInWorker(briefing, htmlOptions, printer.documentPath());
  return { pdf: await printBriefingPdf(printer, rendered, [briefing], options), warnings: rendered.warnings };
}
