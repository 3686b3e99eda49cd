import type { z } from 'zod';
import { exportRequestSchema } from './export-request';

/** Asks main to print a PDF preview: the file a PDF export with these options would write (the first, for several files). */
export const exportPdfPreviewRequestSchema = exportRequestSchema.pick({
  ids: true,
  pageSize: true,
  margins: true,
  metadataFields: true,
  combine: true,
  purpose: true,
});

export type ExportPdfPreviewRequest = z.infer<typeof exportPdfPreviewRequestSchema>;

/** The printed PDF, as base64 (the renderer draws its pages; nothing is written to disk). */
export interface ExportPdfPreview {
  base64: string;
  /** Which briefings it shows: all of a combined file, else the first file's. */
  briefingIds: string[];
}
