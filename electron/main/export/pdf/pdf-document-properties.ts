import { PDFDocument } from 'pdf-lib';

/** The document properties a PDF reader shows (File → Properties) and search tools index. */
export interface PdfDocumentProperties {
  title: string;
  author: string;
  subject: string;
  keywords: readonly string[];
  creationDate: Date;
  producer: string;
}

/**
 * Sets Title, Author, Subject, Keywords, dates, Creator and Producer with pdf-lib. pdf-lib rewrites
 * the file but keeps every object, so Chromium's structure tree (Tagged PDF) and outline survive;
 * the export tests check both with pdfinfo and pdftohtml after this step.
 */
export async function setPdfDocumentProperties(
  pdf: Uint8Array,
  properties: PdfDocumentProperties,
): Promise<Uint8Array> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  document.setTitle(properties.title, { showInWindowTitleBar: true });
  if (properties.author) document.setAuthor(properties.author);
  if (properties.subject) document.setSubject(properties.subject);
  if (properties.keywords.length > 0) document.setKeywords([...properties.keywords]);
  document.setCreator('Briefdesk');
  document.setProducer(properties.producer);
  document.setCreationDate(properties.creationDate);
  document.setModificationDate(properties.creationDate);
  return document.save({ useObjectStreams: false });
}
