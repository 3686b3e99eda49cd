import { exportLabelsFor, pageOfTotalParts } from '../../../common/language/export-labels';
import { type ExportLocale, exportLocaleOf } from '../../../common/language/export-locale';
import { escapeHtml } from '../../../common/text/escape-html';
import { formatIsoDateTime } from '../format-export-date';
import type { PageSize } from '../page-size';

/** Page margins in millimetres; top and bottom also hold the running header and footer. */
export interface PageMargins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const marginPresets = {
  normal: { top: 22, right: 18, bottom: 22, left: 18 },
  narrow: { top: 16, right: 12, bottom: 16, left: 12 },
  wide: { top: 28, right: 25, bottom: 28, left: 25 },
} as const satisfies Record<string, PageMargins>;

export type MarginPreset = keyof typeof marginPresets;

/** What both printers (Electron's webContents and Chromium over DevTools) are asked to do. */
export interface PdfPrintOptions {
  pageSize: PageSize;
  margins: PageMargins;
  /** Shown at the left of every page's header. */
  headerTitle: string;
  /** Shown at the right of every page's header, e.g. "Confidential". */
  classification: string;
  /** Shown in every page's footer next to "Page X of Y". */
  exportedAt: Date;
  /** The language and digits of the footer's export time; British English when absent. */
  locale?: ExportLocale;
  /** How long printing may take before it is abandoned with an error, in milliseconds. */
  timeoutMs: number;
}

/**
 * The one paper-size definition for both printers, in inches. Electron's named `'A4'` would become
 * 8.27 × 11.7 in (a taller page than the command line's); both get these exact sizes instead.
 */
export const paperInches: Record<PageSize, { width: number; height: number }> = {
  A4: { width: 210 / 25.4, height: 297 / 25.4 },
  Letter: { width: 8.5, height: 11 },
};

const templateFont =
  "font-family:'Source Sans 3','Helvetica Neue',Arial,'Liberation Sans',sans-serif;font-size:8pt;color:#333";

/** The running header: title at the left, cut to fit; the classification at the right, never cut; every value escaped. */
export function headerTemplate(options: PdfPrintOptions): string {
  return (
    `<div style="${templateFont};box-sizing:border-box;width:100%;padding:0 ${options.margins.right}mm 0 ${options.margins.left}mm;display:flex;justify-content:space-between;gap:8mm">` +
    `<span style="flex:1 1 auto;min-width:0;overflow:hidden;text-overflow:ellipsis;white-space:nowrap">${escapeHtml(options.headerTitle)}</span>` +
    `<span style="flex:none;font-weight:700;letter-spacing:.08em;text-transform:uppercase;white-space:nowrap">${escapeHtml(options.classification)}</span></div>`
  );
}

/** The running footer: "Page X of Y" and the export time. */
export function footerTemplate(options: PdfPrintOptions): string {
  const locale = options.locale ?? exportLocaleOf('en', 'western');
  const exported = formatIsoDateTime(options.exportedAt.toISOString(), 'UTC', locale);
  const labels = exportLabelsFor(locale);
  // The printer fills the two numbers in, in Western digits whatever the language.
  const [before, between, after] = pageOfTotalParts(labels).map(escapeHtml);
  return (
    `<div style="${templateFont};width:100%;margin:0 ${options.margins.right}mm 0 ${options.margins.left}mm;display:flex;justify-content:space-between;gap:8mm">` +
    `<span>${before}<span class="pageNumber"></span>${between}<span class="totalPages"></span>${after}</span>` +
    `<span>${escapeHtml(labels.exported)} ${escapeHtml(exported)}</span></div>`
  );
}

const inches = (millimetres: number) => millimetres / 25.4;

/** Parameters for DevTools' `Page.printToPDF`. */
export function devToolsPrintParameters(options: PdfPrintOptions): Record<string, unknown> {
  const paper = paperInches[options.pageSize];
  return {
    paperWidth: paper.width,
    paperHeight: paper.height,
    marginTop: inches(options.margins.top),
    marginRight: inches(options.margins.right),
    marginBottom: inches(options.margins.bottom),
    marginLeft: inches(options.margins.left),
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: headerTemplate(options),
    footerTemplate: footerTemplate(options),
    preferCSSPageSize: false,
    generateTaggedPDF: true,
    generateDocumentOutline: true,
  };
}

/** The same options for Electron's `webContents.printToPDF` (page size and margins in inches). */
export function electronPrintOptions(options: PdfPrintOptions) {
  const paper = paperInches[options.pageSize];
  return {
    pageSize: { width: paper.width, height: paper.height },
    margins: {
      top: inches(options.margins.top),
      right: inches(options.margins.right),
      bottom: inches(options.margins.bottom),
      left: inches(options.margins.left),
    },
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: headerTemplate(options),
    footerTemplate: footerTemplate(options),
    preferCSSPageSize: false,
    generateTaggedPDF: true,
    generateDocumentOutline: true,
  };
}

/**
 * Script evaluated in the page before printing: one layout, so that every face the text needs is asked
 * for (a face is fetched only once some text is laid out in it, and the load event may come before the
 * last passages were), then the wait for those faces. Pictures are data URLs, loaded before the load
 * event, and printing decodes them itself.
 */
export const waitForFontsScript = `(async () => {
  void document.body.offsetHeight;
  await document.fonts.ready;
  return { fonts: document.fonts.size };
})()`;
