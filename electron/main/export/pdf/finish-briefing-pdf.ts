import { appendIncrementalUpdate } from './classic-trailer';
import { type PdfDocumentProperties, pdfInformationDictionary } from './pdf-document-properties';
import { planPdfUaRepair } from './repair-pdf-ua';

/**
 * What follows printing: the PDF/UA-1 repairs and the document properties (a new Info dictionary),
 * appended together as one incremental update, so the printed bytes are copied once.
 */
export async function finishBriefingPdf(pdf: Uint8Array, properties: PdfDocumentProperties): Promise<Uint8Array> {
  const repair = await planPdfUaRepair(pdf, properties);
  const infoNumber = repair.size;
  const information = {
    objectNumber: infoNumber,
    generation: 0,
    body: Buffer.from(pdfInformationDictionary(properties), 'latin1'),
  };
  return appendIncrementalUpdate(repair.pdf, repair.trailer, [...repair.objects, information], {
    size: infoNumber + 1,
    info: `${infoNumber} 0 R`,
  });
}
