import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { setPdfDocumentProperties } from './pdf-document-properties';

const properties = {
  title: 'Київ: 42 drones — “update”',
  author: 'Dana Reyes, Jean-Luc Ørsted',
  subject: 'Situation briefing · Internal',
  keywords: ['ukraine', 'air-defence'],
  creationDate: new Date('2026-11-26T07:45:00Z'),
  producer: 'Briefdesk 1.0.0',
};

async function classicPdf(): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.addPage();
  return document.save({ useObjectStreams: false });
}

async function readBack(pdf: Uint8Array) {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  return {
    title: document.getTitle(),
    author: document.getAuthor(),
    subject: document.getSubject(),
    keywords: document.getKeywords(),
    producer: document.getProducer(),
    created: document.getCreationDate()?.toISOString(),
  };
}

describe('setPdfDocumentProperties', () => {
  it('appends an incremental update to a classic PDF, leaving the original bytes untouched', async () => {
    const original = await classicPdf();
    const updated = await setPdfDocumentProperties(original, properties);
    expect(Buffer.from(updated.subarray(0, original.length)).equals(Buffer.from(original))).toBe(true);
    expect(Buffer.from(updated).toString('latin1')).toMatch(/\/Prev \d+/);
    expect(await readBack(updated)).toEqual({
      title: properties.title,
      author: properties.author,
      subject: properties.subject,
      keywords: 'ukraine, air-defence',
      producer: 'Briefdesk 1.0.0',
      created: '2026-11-26T07:45:00.000Z',
    });
  });

  it('rewrites a PDF whose cross-references are in a stream, with the same result', async () => {
    const document = await PDFDocument.create();
    document.addPage();
    const updated = await setPdfDocumentProperties(await document.save({ useObjectStreams: true }), properties);
    expect((await readBack(updated)).title).toBe(properties.title);
  });
});
