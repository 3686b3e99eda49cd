import { type PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { finishBriefingPdf } from './finish-briefing-pdf';

const properties = {
  title: 'Київ: 42 drones — “update”',
  author: 'Dana Reyes, Jean-Luc Ørsted',
  subject: 'Situation briefing · Internal',
  keywords: ['ukraine', 'air-defence'],
  creationDate: new Date('2026-11-26T07:45:00Z'),
  producer: 'Briefdesk 1.0.0',
};

async function taggedPdf(useObjectStreams: boolean): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.addPage();
  const context = document.context;
  const custom = context.register(context.obj({ Type: 'StructElem', S: 'KeyFigure' }));
  const root = context.register(context.obj({ Type: 'StructTreeRoot', K: context.obj([custom]) }));
  document.catalog.set(PDFName.of('StructTreeRoot'), root);
  return document.save({ useObjectStreams });
}

async function readFinished(pdf: Uint8Array) {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  const lookup = (name: string, from: PDFDict) => {
    const value = from.get(PDFName.of(name));
    return value instanceof PDFRef ? document.context.lookup(value) : value;
  };
  const structRoot = lookup('StructTreeRoot', document.catalog) as PDFDict;
  return {
    title: document.getTitle(),
    author: document.getAuthor(),
    subject: document.getSubject(),
    keywords: document.getKeywords(),
    producer: document.getProducer(),
    created: document.getCreationDate()?.toISOString(),
    customRole: (lookup('RoleMap', structRoot) as PDFDict | undefined)?.get(PDFName.of('KeyFigure'))?.toString(),
    hasMetadata: lookup('Metadata', document.catalog) !== undefined,
  };
}

const expected = {
  title: properties.title,
  author: properties.author,
  subject: properties.subject,
  keywords: 'ukraine, air-defence',
  producer: properties.producer,
  created: '2026-11-26T07:45:00.000Z',
  customRole: '/Div',
  hasMetadata: true,
};

const updatesIn = (pdf: Uint8Array) =>
  (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/startxref/g) ?? []
  ).length;

describe('finishBriefingPdf', () => {
  it('appends the properties and the PDF/UA repairs as one incremental update, leaving the printed bytes as they were', async () => {
    const original = await taggedPdf(false);
    const finished = await finishBriefingPdf(original, properties);
    expect(Buffer.from(finished.subarray(0, original.length)).equals(Buffer.from(original))).toBe(true);
    expect(updatesIn(finished)).toBe(updatesIn(original) + 1);
    expect(await readFinished(finished)).toEqual(expected);
  });

  it('finishes a PDF whose cross-references are in a stream the same way, rewriting it', async () => {
    expect(await readFinished(await finishBriefingPdf(await taggedPdf(true), properties))).toEqual(expected);
  });
});
