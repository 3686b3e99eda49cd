import { type PdfDocumentProperties, setPdfDocumentProperties } from './pdf-document-properties';
import { repairPdfUa } from './repair-pdf-ua';

/** What follows printing: the document properties stamped, then what PDF/UA-1 needs repaired (both appended as incremental updates). */
export async function finishBriefingPdf(pdf: Uint8Array, properties: PdfDocumentProperties): Promise<Uint8Array> {
  return repairPdfUa(await setPdfDocumentProperties(pdf, properties), properties);
}
