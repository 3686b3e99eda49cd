import { PDFContext, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';

/** The document properties a PDF reader shows (File → Properties) and search tools index. */
export interface PdfDocumentProperties {
  title: string;
  author: string;
  subject: string;
  keywords: readonly string[];
  creationDate: Date;
  producer: string;
}

interface ClassicTrailer {
  startxref: number;
  size: number;
  root: string;
  id: string | undefined;
}

/** The last trailer of a PDF with a classic cross-reference table, as Chromium (Skia) writes it. */
function readClassicTrailer(pdf: Uint8Array): ClassicTrailer | undefined {
  const tail = Buffer.from(pdf.subarray(Math.max(0, pdf.length - 4096))).toString('latin1');
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  const trailerAt = tail.lastIndexOf('trailer');
  if (!startxref || trailerAt === -1) return undefined;
  const trailer = tail.slice(trailerAt, tail.lastIndexOf('startxref'));
  const size = /\/Size\s+(\d+)/.exec(trailer);
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer);
  if (!size || !root || /\/Encrypt\b/.test(trailer)) return undefined;
  return {
    startxref: Number(startxref[1]),
    size: Number(size[1]),
    root: root[1] as string,
    id: /\/ID\s*(\[[^\]]*\])/.exec(trailer)?.[1],
  };
}

function informationDictionary(properties: PdfDocumentProperties): string {
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
  const separator = pdf[pdf.length - 1] === 0x0a ? '' : '\n';
  const object = `${separator}${objectNumber} 0 obj\n${informationDictionary(properties)}\nendobj\n`;
  const objectOffset = pdf.length + separator.length;
  const xrefOffset = pdf.length + Buffer.byteLength(object, 'latin1');
  const update =
    `${object}xref\n0 1\n0000000000 65535 f \n${objectNumber} 1\n${String(objectOffset).padStart(10, '0')} 00000 n \n` +
    `trailer\n<< /Size ${objectNumber + 1} /Root ${trailer.root} /Info ${objectNumber} 0 R /Prev ${trailer.startxref}` +
    `${trailer.id ? ` /ID ${trailer.id}` : ''} >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.concat([pdf, Buffer.from(update, 'latin1')]);
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
