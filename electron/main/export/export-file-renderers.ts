import type { Briefing } from '../../common/briefing/briefing';
import type { ExportFormat, ExportMetadataField } from '../../common/export/export-request';
import { UserFacingError } from '../../common/user-facing-error';
import {
  renderBriefingHtmlInWorker,
  renderCombinedBriefingsHtmlInWorker,
} from '../app/document-worker/document-worker-client';
import { renderBriefingDocx } from './docx/render-briefing-docx';
import type { HtmlExportOptions } from './export-options';
import { renderBriefingsMarkdown } from './markdown/render-briefing-markdown';
import { renderBriefingNinjs } from './ninjs/render-briefing-ninjs';
import type { PdfPrinter } from './pdf/pdf-printer';
import type { PdfJobOptions } from './pdf/print-briefing-pdf';
import { exportBriefingPdf } from './pdf/print-briefing-pdf';
import { printCombinedPdf } from './pdf/print-combined-pdf';
import type { HtmlExport } from './render-briefing-html';

/** What every file of one export is rendered with. */
export interface FileRenderOptions extends HtmlExportOptions {
  shown: ReadonlySet<ExportMetadataField>;
  /** Several briefings in one file: HTML and PDF add a cover and contents page. */
  combine: boolean;
  /** Open for the whole job when it prints PDF. */
  printer?: PdfPrinter;
  pdf: Omit<PdfJobOptions, 'shown'>;
}

export interface RenderedFile {
  bytes: string | Uint8Array;
  warnings: string[];
}

type FileRenderer = (briefings: readonly Briefing[], options: FileRenderOptions) => Promise<RenderedFile>;

function renderHtmlFile(briefings: readonly Briefing[], options: FileRenderOptions): Promise<HtmlExport> {
  return briefings.length === 1 && !options.combine
    ? renderBriefingHtmlInWorker(briefings[0] as Briefing, options)
    : renderCombinedBriefingsHtmlInWorker(briefings, options);
}

/** Word and ninjs files hold one briefing each: a ninjs item is one story, and a Word reviewer reviews one. */
function onlyOne(briefings: readonly Briefing[], format: string): Briefing {
  if (briefings.length !== 1)
    throw new UserFacingError(
      'invalid-argument',
      `A ${format} file holds one briefing: export them one file each, or combine them as PDF, HTML or Markdown.`,
    );
  return briefings[0] as Briefing;
}

/** How each format turns the briefings of one file into its bytes; a new format must add its entry here. */
export const exportFileRenderers: Record<ExportFormat, FileRenderer> = {
  html: async (briefings, options) => {
    const rendered = await renderHtmlFile(briefings, options);
    return { bytes: rendered.html, warnings: rendered.warnings };
  },
  pdf: async (briefings, options) => {
    if (!options.printer) throw new Error('A PDF export needs its printer opened first.');
    const pdfOptions = { ...options.pdf, shown: options.shown };
    if (briefings.length > 1 || options.combine) {
      // The combined file's contents page needs the pages each briefing starts on: print, measure, print again.
      const combined = await printCombinedPdf(options.printer, briefings, options, pdfOptions);
      return { bytes: combined.pdf, warnings: combined.warnings };
    }
    const { pdf, warnings } = await exportBriefingPdf(options.printer, briefings[0] as Briefing, options, pdfOptions);
    return { bytes: pdf, warnings };
  },
  docx: (briefings, options) => renderBriefingDocx(onlyOne(briefings, 'Word'), options),
  md: async (briefings, options) => {
    const rendered = await renderBriefingsMarkdown(briefings, options);
    return { bytes: rendered.markdown, warnings: rendered.warnings };
  },
  ninjs: (briefings, options) => renderBriefingNinjs(onlyOne(briefings, 'ninjs'), options),
};
