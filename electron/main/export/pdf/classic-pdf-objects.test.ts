import { describe, expect, it } from 'vitest';
import { ClassicPdfObjects } from './classic-pdf-objects';
import { readClassicTrailer } from './classic-trailer';

/** A PDF with two classic sections: the newer one gives object 2 a new place; object 3 is only in the older. */
function twoSectionPdf(lineBreak: string): Buffer {
  let text = `%PDF-1.7${lineBreak}`;
  const offsets: number[] = [];
  const add = (number: number, body: string) => {
    offsets[number] = text.length;
    text += `${number} 0 obj${lineBreak}${body}${lineBreak}endobj${lineBreak}`;
  };
  add(1, '<</Type /Catalog /Pages 2 0 R>>');
  add(2, '<</Type /Pages /Count 0 /Kids []>>');
  add(3, '(old)');
  const entry = (offset: number, kind: 'n' | 'f') => `${String(offset).padStart(10, '0')} 00000 ${kind}${lineBreak}`;
  const firstXref = text.length;
  text += `xref${lineBreak}0 4${lineBreak}${entry(0, 'f')}${entry(offsets[1] ?? 0, 'n')}${entry(offsets[2] ?? 0, 'n')}${entry(offsets[3] ?? 0, 'n')}`;
  text += `trailer${lineBreak}<< /Size 4 /Root 1 0 R >>${lineBreak}startxref${lineBreak}${firstXref}${lineBreak}%%EOF${lineBreak}`;
  add(2, '<</Type /Pages /Count 1 /Kids []>>');
  const secondXref = text.length;
  text += `xref${lineBreak}0 1${lineBreak}${entry(0, 'f')}2 1${lineBreak}${entry(offsets[2] ?? 0, 'n')}`;
  text += `trailer${lineBreak}<< /Size 4 /Root 1 0 R /Prev ${firstXref} >>${lineBreak}startxref${lineBreak}${secondXref}${lineBreak}%%EOF${lineBreak}`;
  return Buffer.from(text, 'latin1');
}

describe('ClassicPdfObjects', () => {
  for (const [label, lineBreak] of [
    ['\\n', '\n'],
    ['\\r\\n', '\r\n'],
    ['\\r', '\r'],
  ] as const) {
    it(`follows the newest section of each object through /Prev, lines ending in ${label}`, () => {
      const pdf = twoSectionPdf(lineBreak);
      const trailer = readClassicTrailer(pdf);
      if (!trailer) throw new Error('no trailer');
      const objects = ClassicPdfObjects.read(pdf, trailer);
      const ref = (objectNumber: number) => ({ kind: 'reference', objectNumber, generation: 0 }) as const;
      const count = { kind: 'token', source: '1' };
      // Read in part first, then whole: an object read whole is given whole from then on.
      expect(objects?.lookupEntries(ref(2), ['Count'])?.entries).toEqual(new Map([['Count', count]]));
      expect(objects?.lookup(ref(1))).toMatchObject({ kind: 'dictionary' });
      const pages = objects?.lookup(ref(2));
      expect(pages?.kind === 'dictionary' && pages.entries.get('Count')).toEqual(count);
      expect(objects?.lookupEntries(ref(2), ['Count'])).toBe(pages);
      expect(objects?.lookup(ref(3))).toEqual({ kind: 'token', source: '(old)' });
      expect(objects?.lookup(ref(4))).toBeUndefined();
    });
  }

  it('refuses a table with a line it cannot read', () => {
    const pdf = Buffer.from(twoSectionPdf('\n').toString('latin1').replace('2 1\n', '2 1 x\n'), 'latin1');
    const trailer = readClassicTrailer(pdf);
    if (!trailer) throw new Error('no trailer');
    expect(ClassicPdfObjects.read(pdf, trailer)).toBeUndefined();
  });
});
