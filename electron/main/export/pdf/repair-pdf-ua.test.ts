import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, type PDFObject, PDFRef, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { appendIncrementalUpdate, readClassicTrailer } from './classic-trailer';
import { finishBriefingPdf } from './finish-briefing-pdf';

const properties = {
  title: 'Kharkiv: overnight strikes',
  author: 'Dana Reyes',
  subject: 'Situation briefing',
  keywords: ['war'],
  creationDate: new Date('2026-11-26T07:45:00Z'),
  producer: 'Briefdesk 1.0.0',
};

/** A small tagged PDF with what Chromium leaves for the repair: figures, a custom type, a link without /Contents. */
async function taggedPdf(useObjectStreams: boolean): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const page = document.addPage();
  const context = document.context;
  const element = (type: string, extra: Record<string, PDFObject> = {}) =>
    context.register(context.obj({ Type: 'StructElem', S: type, ...extra }));
  const image = element('Figure', { Alt: PDFHexString.fromText('Smoke over the river') });
  const picture = element('Figure', { K: context.obj([image]) });
  const captionOnly = element('Figure', { K: context.obj([element('Caption')]) });
  const custom = element('KeyFigure');
  // Written inside its parent rather than as an object of its own: the repair rewrites the parent.
  const directFigure = context.obj({
    Type: 'StructElem',
    S: 'Figure',
    K: context.obj([element('Figure', { Alt: PDFHexString.fromText('Київ після удару') })]),
  });
  const structTree = context.register(
    context.obj({
      Type: 'StructTreeRoot',
      K: context.obj([element('Document', { K: context.obj([picture, captionOnly, custom, directFigure]) })]),
    }),
  );
  document.catalog.set(PDFName.of('StructTreeRoot'), structTree);
  document.catalog.set(PDFName.of('Lang'), PDFString.of('uk'));
  const link = context.register(
    context.obj({
      Type: 'Annot',
      Subtype: 'Link',
      Rect: [0, 0, 10, 10],
      A: context.obj({ S: 'URI', URI: PDFString.of('https://example.org/report') }),
    }),
  );
  page.node.set(PDFName.of('Annots'), context.obj([link]));
  return document.save({ useObjectStreams });
}

async function readRepairs(pdf: Uint8Array) {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  const lookup = (value: PDFObject | undefined) => (value instanceof PDFRef ? document.context.lookup(value) : value);
  const structRoot = lookup(document.catalog.get(PDFName.of('StructTreeRoot'))) as PDFDict;
  const roleMap = lookup(structRoot.get(PDFName.of('RoleMap'))) as PDFDict | undefined;
  const elements: PDFDict[] = [];
  const visit = (value: PDFObject | undefined) => {
    const resolved = lookup(value);
    if (resolved instanceof PDFArray) resolved.asArray().forEach(visit);
    else if (resolved instanceof PDFDict) {
      elements.push(resolved);
      visit(resolved.get(PDFName.of('K')));
    }
  };
  visit(structRoot.get(PDFName.of('K')));
  const [page] = document.getPages();
  const annotation = lookup(page?.node.Annots()?.get(0)) as PDFDict;
  const preferences = lookup(document.catalog.get(PDFName.of('ViewerPreferences'))) as PDFDict;
  const metadata = lookup(document.catalog.get(PDFName.of('Metadata')));
  return {
    types: elements.map((element) => String(element.get(PDFName.of('S')))),
    alternates: elements.map((element) => (element.get(PDFName.of('Alt')) as PDFHexString | undefined)?.decodeText()),
    customRole: roleMap?.get(PDFName.of('KeyFigure'))?.toString(),
    linkContents: (annotation.get(PDFName.of('Contents')) as PDFHexString | undefined)?.decodeText(),
    displayDocTitle: preferences.get(PDFName.of('DisplayDocTitle'))?.toString(),
    metadataIsXmp: metadata instanceof Object && metadata.toString().includes('/Subtype /XML'),
    title: document.getTitle(),
  };
}

const expected = {
  types: ['/Document', '/Figure', '/Figure', '/Div', '/Caption', '/KeyFigure', '/Figure', '/Figure'],
  alternates: [
    undefined,
    'Smoke over the river',
    'Smoke over the river',
    undefined,
    undefined,
    undefined,
    'Київ після удару',
    'Київ після удару',
  ],
  customRole: '/Div',
  linkContents: 'Link to https://example.org/report',
  displayDocTitle: 'true',
  metadataIsXmp: true,
};

/** `pdf` with an incremental update of its own already appended: an Info dictionary titled `title`. */
function withEarlierUpdate(pdf: Uint8Array, title: string): Uint8Array {
  const trailer = readClassicTrailer(pdf);
  if (!trailer) throw new Error('the test PDF has no classic trailer');
  const body = Buffer.from(`<< /Title (${title}) >>`, 'latin1');
  return appendIncrementalUpdate(pdf, trailer, [{ objectNumber: trailer.size, generation: 0, body }], {
    size: trailer.size + 1,
    info: `${trailer.size} 0 R`,
  });
}

describe('the PDF/UA repair, as finishBriefingPdf appends it', () => {
  it('appends the repairs to a classic PDF as an incremental update, leaving its bytes untouched', async () => {
    const original = await taggedPdf(false);
    const repaired = await finishBriefingPdf(original, properties);
    expect(Buffer.from(repaired.subarray(0, original.length)).equals(Buffer.from(original))).toBe(true);
    expect(await readRepairs(repaired)).toMatchObject(expected);
  });

  it('reads through earlier incremental updates, leaving their bytes untouched', async () => {
    const stamped = withEarlierUpdate(await taggedPdf(false), 'Stamped before');
    const repaired = await finishBriefingPdf(stamped, properties);
    expect(Buffer.from(repaired.subarray(0, stamped.length)).equals(Buffer.from(stamped))).toBe(true);
    expect(await readRepairs(repaired)).toMatchObject({ ...expected, title: properties.title });
  });

  it('repairs a PDF whose cross-references are in a stream the same way, rewriting it', async () => {
    expect(await readRepairs(await finishBriefingPdf(await taggedPdf(true), properties))).toMatchObject(expected);
  });
});
