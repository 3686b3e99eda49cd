import type { ClassicTrailer } from './classic-trailer';
import {
  type PlainPdfDictionary,
  type PlainPdfReference,
  type PlainPdfValue,
  readPlainPdfValue,
  readSelectedPdfEntries,
} from './plain-pdf-values';

const isDigit = (byte: number | undefined) => byte !== undefined && byte >= 0x30 && byte <= 0x39;

/**
 * A cross-reference entry's line (`0000012345 00000 n`, anything after it ignored), read from the bytes: its
 * offset for an object in use, -1 for a free one, undefined when the line is not an entry.
 */
function entryOffsetAt(pdf: Buffer, start: number, end: number): number | undefined {
  if (end - start < 18 || pdf[start + 10] !== 0x20 || pdf[start + 16] !== 0x20) return undefined;
  let offset = 0;
  for (let index = start; index < start + 10; index += 1) {
    const byte = pdf[index];
    if (!isDigit(byte)) return undefined;
    offset = offset * 10 + (byte as number) - 0x30;
  }
  for (let index = start + 11; index < start + 16; index += 1) if (!isDigit(pdf[index])) return undefined;
  const kind = pdf[start + 17];
  if (kind === 0x6e) return offset;
  return kind === 0x66 ? -1 : undefined;
}

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
    let number = 0;
    let lineStart = at + 4;
    while (lineStart <= trailerAt) {
      let lineEnd = lineStart;
      while (lineEnd < trailerAt && pdf[lineEnd] !== 0x0a && pdf[lineEnd] !== 0x0d) lineEnd += 1;
      const entryOffset = entryOffsetAt(pdf, lineStart, lineEnd);
      if (entryOffset !== undefined) {
        // A newer section already gave this object's place.
        if (entryOffset >= 0 && number < size && offsets[number] === -1) offsets[number] = entryOffset;
        number += 1;
      } else {
        const line = pdf.toString('latin1', lineStart, lineEnd);
        const subsection = /^\s*(\d+)\s+\d+\s*$/.exec(line);
        if (subsection) number = Number(subsection[1]);
        else if (line.trim() !== '') return undefined;
      }
      // `\r\n` is one line break.
      lineStart = lineEnd + (pdf[lineEnd] === 0x0d && pdf[lineEnd + 1] === 0x0a && lineEnd + 1 < trailerAt ? 2 : 1);
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

  /**
   * Only the entries named in `keys` of the dictionary `ref` points at, the rest stepped over unread: for
   * the thousands of small objects of which a repair reads a few entries. An object already read whole is
   * given whole (with any change made to it); undefined when it is not a dictionary.
   */
  lookupEntries(ref: PlainPdfReference, keys: readonly string[]): PlainPdfDictionary | undefined {
    if (this.#parsed.has(ref.objectNumber)) {
      const whole = this.#parsed.get(ref.objectNumber);
      return whole?.kind === 'dictionary' ? whole : undefined;
    }
    const start = this.#bodyStart(ref.objectNumber, ref.generation);
    return start === undefined ? undefined : readSelectedPdfEntries(this.#pdf, start, keys);
  }

  #parse(number: number, generation: number): PlainPdfValue | undefined {
    const start = this.#bodyStart(number, generation);
    return start === undefined ? undefined : readPlainPdfValue(this.#pdf, start);
  }

  /** Where object `number`'s value starts, after its `N G obj` header; undefined when it is free or not there. */
  #bodyStart(number: number, generation: number): number | undefined {
    const offset = this.#offsets[number] ?? -1;
    if (offset < 0) return undefined;
    const expected = `${number} ${generation} obj`;
    if (this.#pdf.toString('latin1', offset, offset + expected.length) === expected) return offset + expected.length;
    // Some writers put a line break or spaces before the header.
    const header = /^\s*(\d+)\s+(\d+)\s+obj/.exec(this.#pdf.toString('latin1', offset, offset + 40));
    if (!header || Number(header[1]) !== number || Number(header[2]) !== generation) return undefined;
    return offset + header[0].length;
  }
}
