import type { Briefing } from '../../common/briefing/briefing';
import { exportFileRenderers, type FileRenderOptions } from './export-file-renderers';
import type { PdfPrinter } from './pdf/pdf-printer';

/**
 * The PDF an export would write, printed for the dialog's preview with the export's own renderer and
 * printer: the combined file when combining, else the first briefing's file. Nothing is written.
 */
export async function renderPdfPreview(
  briefings: readonly Briefing[],
  options: Omit<FileRenderOptions, 'printer'>,
  openPrinter: () => Promise<PdfPrinter>,
): Promise<{ pdf: Uint8Array; briefingIds: string[] }> {
  const shown = options.combine && briefings.length > 1 ? briefings : briefings.slice(0, 1);
  const printer = await openPrinter();
  try {
    const rendered = await exportFileRenderers.pdf(shown, { ...options, printer });
    const pdf = typeof rendered.bytes === 'string' ? new TextEncoder().encode(rendered.bytes) : rendered.bytes;
    return { pdf, briefingIds: shown.map((briefing) => briefing.id) };
  } finally {
    await printer.close();
  }
}
