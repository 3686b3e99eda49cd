import type { Briefing } from '../../../common/briefing/briefing';
import { UserFacingError } from '../../../common/user-facing-error';
import {
  namedDestinationPagesInWorker,
  renderCombinedBriefingsHtmlFileInWorker,
} from '../../app/document-worker/document-worker-client';
import type { CombinedExportOptions } from '../render-briefing-html';
import type { PdfPrinter } from './pdf-printer';
import { type PdfJobOptions, pdfPrintOptionsFor, printBriefingPdf } from './print-briefing-pdf';

/**
 * Several briefings in one PDF whose contents page gives the page each one starts on, in two passes:
 * print once, read where each briefing's named destination landed, then print again with the numbers
 * (they sit in a fixed-width column, so the second layout breaks like the first). Both renders and the
 * reading of the first PDF run in the document worker, which writes each HTML into the printer's folder;
 * main's thread only carries the PDF's bytes.
 */
export async function printCombinedPdf(
  printer: PdfPrinter,
  briefings: readonly Briefing[],
  htmlOptions: CombinedExportOptions,
  options: PdfJobOptions,
): Promise<{ pdf: Uint8Array; warnings: string[] }> {
  void printer.prepare?.();
  const draft = await renderCombinedBriefingsHtmlFileInWorker(briefings, htmlOptions, printer.documentPath());
  const destinations = await namedDestinationPagesInWorker(
    await printer.printFile(draft.file, pdfPrintOptionsFor(draft, options)),
  );
  const startPages = new Map<string, number>();
  for (const briefing of briefings) {
    const page = destinations.get(`briefing-${briefing.id}`);
    if (page === undefined) {
      throw new UserFacingError(
        'export-failed',
        `The PDF printer did not mark where “${briefing.metadata.title || briefing.id}” starts, so the contents page cannot give its page number. Please export again.`,
      );
    }
    startPages.set(briefing.id, page);
  }
  const rendered = await renderCombinedBriefingsHtmlFileInWorker(
    briefings,
    { ...htmlOptions, startPages },
    printer.documentPath(),
  );
  return { pdf: await printBriefingPdf(printer, rendered, briefings, options), warnings: rendered.warnings };
}
