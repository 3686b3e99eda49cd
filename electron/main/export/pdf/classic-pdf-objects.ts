import type { ClassicTrailer } from './classic-trailer';
import { type PlainPdfReference, type PlainPdfValue, readPlainPdfValue } from './plain-pdf-values';

/** Byte offsets of the objects in use, from a chain of classic cross-reference sections (newest first). */
function readCrossReference(pdf: Buffer, startxref: number, size: number): Float64Array | undefined {
  const offsets = new Float64Array(size).fill(-1);
  const seen = new Set<number>();
  let at: number | undefined = startxref;
  while (at !== undefined) {
    if (seen.has(at) || at < 0 || at >= pdf.length) return undefined;
    seen.add(at);
    const trailerAt = pdf.indexOf('trailer', at, 'latin1');
    if (trailerAt === -1 || pdf.toString('latin1', at, at + 4) !== 'xref') return undefined;
    const lines = pdf.toString('latin1', at + 4, trailerAt).split(/\r\n|\r|\n/);
    let number = 0;
    for (const line of lines) {
      const entry = /^(\d{10}) (\d{5}) ([nf])/.exec(line);
      if (entry) {
        // A newer section already gave this object's place.
        if (entry[3] === 'n' && number < size && offsets[number] === -1) offsets[number] = Number(entry[1]);
        number += 1;
        continue;
      }
      const subsection = /^\s*(\d+)\s+\d+\s*$/.exec(line);
      if (subsection) number = Number(subsection[1]);
      else if (line.trim() !== '') return undefined;
    }
    const trailer = pdf.toString('latin1', trailerAt, pdf.indexOf('startxref', trailerAt, 'latin1'));
    if (/\/XRefStm\b/.test(trailer)) return undefined;
    const previous = /\/Prev\s+(\d+)/.exec(trailer);
    at = previous ? Number(previous[1]) : undefined;
  }
  return offsets;
}

/**
 * The objects of a PDF with classic cross-reference tables (as Chromium writes it), each read as plain
 * values only when first asked for: a repair that reads the structure tree never parses the page
 * contents, fonts and images, which are most of the file.
 */
export class ClassicPdfObjects {
  readonly #pdf: Buffer;
  readonly #offsets: Float64Array;
  readonly #parsed = new Map<number, PlainPdfValue | undefined>();

  private constructor(pdf: Buffer, offsets: Float64Array) {
    this.#pdf = pdf;
    this.#offsets = offsets;
  }

  /** Reads the cross-reference tables; undefined when they are not all classic tables this reader understands. */
  static read(pdf: Uint8Array, trailer: ClassicTrailer): ClassicPdfObjects | undefined {
    const bytes = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    const offsets = readCrossReference(bytes, trailer.startxref, trailer.size);
    return offsets ? new ClassicPdfObjects(bytes, offsets) : undefined;
  }

  /** The object `value` refers to, or `value` itself when it is not a reference. */
  resolve(value: PlainPdfValue | undefined): PlainPdfValue | undefined {
    return value?.kind === 'reference' ? this.lookup(value) : value;
  }

  /** The object `ref` points at, read on first use; undefined when it is free or not where the table says. */
  lookup(ref: PlainPdfReference): PlainPdfValue | undefined {
    const number = ref.objectNumber;
    if (this.#parsed.has(number)) return this.#parsed.get(number);
    const object = this.#parse(number, ref.generation);
    this.#parsed.set(number, object);
    return object;
  }

  #parse(number: number, generation: number): PlainPdfValue | undefined {
    const offset = this.#offsets[number] ?? -1;
    if (offset < 0) return undefined;
    const expected = `${number} ${generation} obj`;
    if (this.#pdf.toString('latin1', offset, offset + expected.length) === expected)
      return readPlainPdfValue(this.#pdf, offset + expected.length);
    // Some writers put a line break or spaces before the header.
    const header = /^\s*(\d+)\s+(\d+)\s+obj/.exec(this.#pdf.toString('latin1', offset, offset + 40));
    if (!header || Number(header[1]) !== number || Number(header[2]) !== generation) return undefined;
    return readPlainPdfValue(this.#pdf, offset + header[0].length);
  }
}
