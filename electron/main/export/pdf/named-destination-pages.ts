import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib';

/** The page array of a destination: written as an array, or as a dictionary whose `/D` holds it. */
function destinationArray(document: PDFDocument, value: unknown): PDFArray | undefined {
  const resolved = value instanceof PDFRef ? document.context.lookup(value) : value;
  if (resolved instanceof PDFArray) return resolved;
  if (resolved instanceof PDFDict) return resolved.lookupMaybe(PDFName.of('D'), PDFArray);
  return undefined;
}

/**
 * The page (1-based) each named destination of a PDF points to, read from the catalog's `/Dests`
 * dictionary, where Chromium writes the targets of in-document links (`#briefing-…`).
 */
export async function namedDestinationPages(pdf: Uint8Array): Promise<Map<string, number>> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  const pageNumbers = new Map(document.getPages().map((page, index) => [page.ref.toString(), index + 1]));
  const pages = new Map<string, number>();
  const destinations = document.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  for (const [name, value] of destinations?.entries() ?? []) {
    const page = destinationArray(document, value)?.get(0);
    const number = page instanceof PDFRef ? pageNumbers.get(page.toString()) : undefined;
    if (number !== undefined) pages.set(name.decodeText(), number);
  }
  return pages;
}
