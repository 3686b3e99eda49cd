import { PDFContext, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { appendIncrementalUpdate, readClassicTrailer } from './classic-trailer';

/** The document properties a PDF reader shows (File → Properties) and search tools index. */
export interface PdfDocumentProperties {
  title: string;
  author: string;
  subject: string;
  keywords: readonly string[];
  creationDate: Date;
  producer: string;
}

/** The Info dictionary's source text for `properties`, values encoded by pdf-lib; empty values left out. */
export function pdfInformationDictionary(properties: PdfDocumentProperties): string {
  const text = (value: string) => PDFHexString.fromText(value);
  const entries: [string, PDFHexString | PDFString][] = [
    ['Title', text(properties.title)],
    ['Author', text(properties.author)],
    ['Subject', text(properties.subject)],
    ['Keywords', text(properties.keywords.join(', '))],
    ['Creator', text('Briefdesk')],
    ['Producer', text(properties.producer)],
    ['CreationDate', PDFString.fromDate(properties.creationDate)],
    ['ModDate', PDFString.fromDate(properties.creationDate)],
  ];
  const dictionary = PDFContext.create().obj({});
  for (const [key, value] of entries) if (value.decodeText() !== '') dictionary.set(PDFName.of(key), value);
  return dictionary.toString();
}

/**
 * Sets Title, Author, Subject, Keywords, dates, Creator and Producer. For Chromium's PDFs this is an
 * incremental update (a new Info dictionary appended after the original bytes, values encoded by
 * pdf-lib), so the tag tree and outline stay byte for byte as Chromium wrote them and a 100-page
 * document takes milliseconds. Any other PDF is rewritten by pdf-lib, which keeps every object too.
 */
export async function setPdfDocumentProperties(
  pdf: Uint8Array,
  properties: PdfDocumentProperties,
): Promise<Uint8Array> {
  const trailer = readClassicTrailer(pdf);
  if (!trailer) return rewriteWithPdfLib(pdf, properties);
  const objectNumber = trailer.size;
  const body = Buffer.from(pdfInformationDictionary(properties), 'latin1');
  return appendIncrementalUpdate(pdf, trailer, [{ objectNumber, generation: 0, body }], {
    size: objectNumber + 1,
    info: `${objectNumber} 0 R`,
  });
}

async function rewriteWithPdfLib(pdf: Uint8Array, properties: PdfDocumentProperties): Promise<Uint8Array> {
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
