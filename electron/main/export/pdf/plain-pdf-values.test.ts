import { describe, expect, it } from 'vitest';
import {
  type PlainPdfValue,
  plainPdfName,
  plainPdfSource,
  plainPdfText,
  plainTextString,
  readPlainPdfValue,
  readSelectedPdfEntries,
} from './plain-pdf-values';

const read = (source: string, start = 0) => readPlainPdfValue(Buffer.from(source, 'latin1'), start);

function entriesOf(value: PlainPdfValue): Map<string, PlainPdfValue> {
  if (value.kind !== 'dictionary') throw new Error(`expected a dictionary, got ${value.kind}`);
  return value.entries;
}

describe('readPlainPdfValue', () => {
  it('reads a structure element as Chromium writes it, with references, numbers and names', () => {
    const element = entriesOf(read('<</Type /StructElem\n/S /P\n/P 231 0 R\n/Pg 2 0 R\n/K [0 233 0 R 7]>>\nendobj'));
    expect(plainPdfName(element.get('S'))).toBe('P');
    expect(element.get('P')).toEqual({ kind: 'reference', objectNumber: 231, generation: 0 });
    expect(element.get('K')).toEqual({
      kind: 'array',
      items: [
        { kind: 'token', source: '0' },
        { kind: 'reference', objectNumber: 233, generation: 0 },
        { kind: 'token', source: '7' },
      ],
    });
  });

  it('tells two numbers from a reference, and stops where the value ends', () => {
    expect(read('[1 2 3 0 R 4 5]')).toEqual({
      kind: 'array',
      items: [
        { kind: 'token', source: '1' },
        { kind: 'token', source: '2' },
        { kind: 'reference', objectNumber: 3, generation: 0 },
        { kind: 'token', source: '4' },
        { kind: 'token', source: '5' },
      ],
    });
    expect(read('12 0 obj <<>>')).toEqual({ kind: 'token', source: '12' });
    expect(read('  5 0 R', 1)).toEqual({ kind: 'reference', objectNumber: 5, generation: 0 });
  });

  it('keeps strings as written, nested and escaped parentheses included, and skips comments', () => {
    const dict = entriesOf(
      read(
        '<< % a comment\n/Alt (Kyiv (centre) after \\(the\\) strike)/Note (closing \\) only)/Hex <FEFF0041> /Flag true /Gone null >>',
      ),
    );
    expect(dict.get('Alt')).toEqual({ kind: 'token', source: '(Kyiv (centre) after \\(the\\) strike)' });
    expect(dict.get('Note')).toEqual({ kind: 'token', source: '(closing \\) only)' });
    expect(dict.get('Hex')).toEqual({ kind: 'token', source: '<FEFF0041>' });
    expect(dict.get('Flag')).toEqual({ kind: 'token', source: 'true' });
    expect(dict.get('Gone')).toEqual({ kind: 'token', source: 'null' });
  });

  it('decodes escaped bytes in names and writes them escaped again', () => {
    const dict = read('<</S /Key#20Figure /Role#23Map /Div>>');
    expect([...entriesOf(dict).keys()]).toEqual(['S', 'Role#Map']);
    expect(plainPdfName(entriesOf(dict).get('S'))).toBe('Key Figure');
    expect(plainPdfSource(dict)).toBe('<</S /Key#20Figure\n/Role#23Map /Div>>');
  });

  it('writes a value back so that reading it again gives the same value', () => {
    const source = '<</Type /StructElem /S /Figure /K [1 0 R <</Type /MCR /MCID 3>>] /Alt (a \\(b\\)) /A [0.5 -2]>>';
    const value = read(source);
    expect(read(plainPdfSource(value))).toEqual(value);
  });

  it('refuses what is not a PDF value instead of guessing', () => {
    expect(() => read('<</K [1 2')).toThrow();
    expect(() => read('<</K (open')).toThrow();
    expect(() => read(']')).toThrow();
  });
});

describe('readSelectedPdfEntries', () => {
  const select = (source: string, keys: string[]) => readSelectedPdfEntries(Buffer.from(source, 'latin1'), 0, keys);

  it('reads the named entries as readPlainPdfValue does and steps over every other kind of value', () => {
    const source =
      '<</Type /StructElem /P 231 0 R /A <</O /Layout /BBox [0 0 1.5 2] /Note (>> /S (x) <<)>> /Pg 2 0 R\n' +
      '/Hex <FEFF0041> % /S /Comment\n/Nums [1 2 3 0 R] /S /Figure /Title (a \\) /K [9]) /K [0 233 0 R 7] /Alt (Kyiv)>>';
    const whole = entriesOf(read(source));
    const selected = select(source, ['S', 'K', 'Alt', 'ActualText']);
    expect(selected?.entries).toEqual(new Map([...whole].filter(([key]) => ['S', 'K', 'Alt'].includes(key))));
    expect([...(selected?.entries.keys() ?? [])]).toEqual(['S', 'K', 'Alt']);
  });

  it('finds a key written with escapes, and refuses what is not a dictionary', () => {
    expect(select('<</#53 /P /K 1>>', ['S'])?.entries.get('S')).toEqual({ kind: 'name', name: 'P' });
    expect(select('[/S /P]', ['S'])).toBeUndefined();
    expect(() => select('<</S /P /K [1 2', ['S'])).toThrow();
  });
});

describe('plain PDF text', () => {
  it('decodes literal and UTF-16 strings, Cyrillic and Arabic included', () => {
    expect(plainPdfText(read('(Kyiv \\(centre\\)\\n)'))).toBe('Kyiv (centre)\n');
    for (const text of ['Київ після удару', 'حلب بعد القصف']) {
      expect(plainPdfText(plainTextString(text))).toBe(text);
      expect(plainPdfText(read(plainTextString(text).source))).toBe(text);
    }
    expect(plainPdfText(read('/Name'))).toBeUndefined();
  });
});
