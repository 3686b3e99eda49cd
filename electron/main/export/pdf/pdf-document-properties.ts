import { PDFContext, PDFHexString, PDFName, PDFString } from 'pdf-lib';

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
