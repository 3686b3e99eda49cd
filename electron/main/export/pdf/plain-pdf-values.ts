import { PDFHexString, PDFString } from 'pdf-lib';

/** A PDF object as plain data: names and references decoded, every other value kept as its source text. */
export type PlainPdfValue = PlainPdfName | PlainPdfReference | PlainPdfArray | PlainPdfDictionary | PlainPdfToken;

export interface PlainPdfName {
  kind: 'name';
  /** Without the slash, `#xx` escapes decoded; one character per byte. */
  name: string;
}

export interface PlainPdfReference {
  kind: 'reference';
  objectNumber: number;
  generation: number;
}

export interface PlainPdfArray {
  kind: 'array';
  items: PlainPdfValue[];
}

export interface PlainPdfDictionary {
  kind: 'dictionary';
  /** Keys without the slash, in the order they were written. */
  entries: Map<string, PlainPdfValue>;
}

/** A number, boolean, null, literal or hexadecimal string: written back exactly as it was read. */
export interface PlainPdfToken {
  kind: 'token';
  source: string;
}

const isWhitespace = (byte: number) =>
  byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09 || byte === 0x0c || byte === 0x00;
const isDelimiter = (byte: number) =>
  byte === 0x2f || byte === 0x28 || byte === 0x29 || byte === 0x3c || byte === 0x3e || byte === 0x5b || byte === 0x5d;
/** For stepping over a dictionary: none of its entries is kept. */
const noKeys: readonly string[] = [];
const isInteger = (text: string) => /^\d+$/.test(text);
const isIntegerAt = (bytes: Buffer, start: number, end: number) => {
  if (end <= start) return false;
  for (let at = start; at < end; at += 1) {
    const byte = bytes[at] as number;
    if (byte < 0x30 || byte > 0x39) return false;
  }
  return true;
};

/**
 * Reads one PDF value from `bytes` at `start` without building pdf-lib objects: the PDF/UA repair reads
 * thousands of small structure elements, and pdf-lib's parser spent most of the repair's time making them.
 */
class PlainPdfReader {
  #at: number;
  readonly #bytes: Buffer;

  constructor(bytes: Buffer, start: number) {
    this.#bytes = bytes;
    this.#at = start;
  }

  value(): PlainPdfValue {
    this.#skipWhitespace();
    const byte = this.#bytes[this.#at];
    if (byte === 0x2f) return { kind: 'name', name: this.#name() };
    if (byte === 0x5b) return this.#array();
    if (byte === 0x3c) return this.#bytes[this.#at + 1] === 0x3c ? this.#dictionary() : this.#hexString();
    if (byte === 0x28) return this.#literalString();
    if (byte === undefined || isDelimiter(byte)) throw new Error(`Unexpected byte in a PDF object at ${this.#at}.`);
    return this.#numberOrReference();
  }

  #skipWhitespace(): void {
    const bytes = this.#bytes;
    for (;;) {
      const byte = bytes[this.#at];
      if (byte === undefined) return;
      if (isWhitespace(byte)) this.#at += 1;
      else if (byte === 0x25) {
        while (this.#at < bytes.length && bytes[this.#at] !== 0x0a && bytes[this.#at] !== 0x0d) this.#at += 1;
      } else return;
    }
  }

  /** A run of regular characters: a number, keyword or name body (short: built without a buffer slice). */
  #regular(): string {
    const bytes = this.#bytes;
    let text = '';
    while (this.#at < bytes.length) {
      const byte = bytes[this.#at] as number;
      if (isWhitespace(byte) || isDelimiter(byte) || byte === 0x25) break;
      text += String.fromCharCode(byte);
      this.#at += 1;
    }
    return text;
  }

  #name(): string {
    this.#at += 1;
    const raw = this.#regular();
    return raw.includes('#')
      ? raw.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
      : raw;
  }

  #array(): PlainPdfArray {
    this.#at += 1;
    const items: PlainPdfValue[] = [];
    for (;;) {
      this.#skipWhitespace();
      if (this.#bytes[this.#at] === 0x5d) {
        this.#at += 1;
        return { kind: 'array', items };
      }
      items.push(this.value());
    }
  }

  /**
   * The dictionary at `<<`: every entry, or with `keys` only the entries named there, each read as `value()` reads
   * it; every other entry's value is stepped over without being built.
   */
  #dictionary(keys?: readonly string[]): PlainPdfDictionary {
    this.#at += 2;
    const entries = new Map<string, PlainPdfValue>();
    for (;;) {
      this.#skipWhitespace();
      if (this.#bytes[this.#at] === 0x3e && this.#bytes[this.#at + 1] === 0x3e) {
        this.#at += 2;
        return { kind: 'dictionary', entries };
      }
      if (this.#bytes[this.#at] !== 0x2f) throw new Error(`A PDF dictionary key is not a name at ${this.#at}.`);
      const key = keys ? this.#selectedKey(keys) : this.#name();
      if (key === undefined) this.#skipValue();
      else entries.set(key, this.value());
    }
  }

  #hexString(): PlainPdfToken {
    const end = this.#bytes.indexOf(0x3e, this.#at);
    if (end === -1) throw new Error('A PDF hexadecimal string has no end.');
    const source = this.#bytes.toString('latin1', this.#at, end + 1);
    this.#at = end + 1;
    return { kind: 'token', source };
  }

  #literalString(): PlainPdfToken {
    const bytes = this.#bytes;
    const start = this.#at;
    let depth = 0;
    for (; this.#at < bytes.length; this.#at += 1) {
      const byte = bytes[this.#at];
      if (byte === 0x5c) this.#at += 1;
      else if (byte === 0x28) depth += 1;
      else if (byte === 0x29 && --depth === 0) {
        this.#at += 1;
        return { kind: 'token', source: bytes.toString('latin1', start, this.#at) };
      }
    }
    throw new Error('A PDF string has no end.');
  }

  /** The dictionary here with only the entries named in `keys`; undefined when the value here is not a dictionary. */
  selectedEntries(keys: readonly string[]): PlainPdfDictionary | undefined {
    this.#skipWhitespace();
    if (this.#bytes[this.#at] !== 0x3c || this.#bytes[this.#at + 1] !== 0x3c) return undefined;
    return this.#dictionary(keys);
  }

  /** The key at a name's slash when it is one of `keys` (compared byte by byte), else undefined; steps over it. */
  #selectedKey(keys: readonly string[]): string | undefined {
    const bytes = this.#bytes;
    const start = this.#at + 1;
    this.#at = start;
    this.#skipRegular();
    const length = this.#at - start;
    for (const key of keys) {
      if (key.length !== length) continue;
      let same = true;
      for (let index = 0; index < length && same; index += 1) same = bytes[start + index] === key.charCodeAt(index);
      if (same) return key;
    }
    // A key written with `#xx` escapes is decoded before it is compared.
    for (let index = start; index < this.#at; index += 1) {
      if (bytes[index] !== 0x23) continue;
      this.#at = start - 1;
      const decoded = this.#name();
      return keys.includes(decoded) ? decoded : undefined;
    }
    return undefined;
  }

  #skipRegular(): void {
    const bytes = this.#bytes;
    while (this.#at < bytes.length) {
      const byte = bytes[this.#at] as number;
      if (isWhitespace(byte) || isDelimiter(byte) || byte === 0x25) return;
      this.#at += 1;
    }
  }

  /** Steps over one value (a reference counts as one) without building it. */
  #skipValue(): void {
    this.#skipWhitespace();
    const bytes = this.#bytes;
    const byte = bytes[this.#at];
    if (byte === 0x2f) {
      this.#at += 1;
      this.#skipRegular();
    } else if (byte === 0x5b) {
      this.#at += 1;
      for (;;) {
        this.#skipWhitespace();
        if (bytes[this.#at] === 0x5d) {
          this.#at += 1;
          return;
        }
        this.#skipValue();
      }
    } else if (byte === 0x3c && bytes[this.#at + 1] === 0x3c) this.#dictionary(noKeys);
    else if (byte === 0x3c) this.#hexString();
    else if (byte === 0x28) this.#literalString();
    else if (byte === undefined || isDelimiter(byte))
      throw new Error(`Unexpected byte in a PDF object at ${this.#at}.`);
    else this.#skipNumberOrReference();
  }

  #skipNumberOrReference(): void {
    const bytes = this.#bytes;
    const first = this.#at;
    this.#skipRegular();
    if (!isIntegerAt(bytes, first, this.#at)) return;
    const after = this.#at;
    this.#skipWhitespace();
    const generation = this.#at;
    this.#skipRegular();
    if (this.#at > generation && isIntegerAt(bytes, generation, this.#at)) {
      this.#skipWhitespace();
      if (bytes[this.#at] === 0x52) {
        const next = bytes[this.#at + 1];
        if (next === undefined || isWhitespace(next) || isDelimiter(next) || next === 0x25) {
          this.#at += 1;
          return;
        }
      }
    }
    this.#at = after;
  }

  #numberOrReference(): PlainPdfValue {
    const first = this.#regular();
    if (!isInteger(first)) return { kind: 'token', source: first };
    // `12 0 R`: look ahead for the generation and the R; anything else leaves the number alone.
    const after = this.#at;
    this.#skipWhitespace();
    const generation = this.#regular();
    if (isInteger(generation)) {
      this.#skipWhitespace();
      if (this.#bytes[this.#at] === 0x52) {
        const next = this.#bytes[this.#at + 1];
        if (next === undefined || isWhitespace(next) || isDelimiter(next) || next === 0x25) {
          this.#at += 1;
          return { kind: 'reference', objectNumber: Number(first), generation: Number(generation) };
        }
      }
    }
    this.#at = after;
    return { kind: 'token', source: first };
  }
}

/** The value written at `start` in `bytes` (a dictionary's stream data, if any, is not read). */
export function readPlainPdfValue(bytes: Buffer, start: number): PlainPdfValue {
  return new PlainPdfReader(bytes, start).value();
}

/**
 * The dictionary written at `start` with only the entries named in `keys`: the others are stepped over, not
 * built. For reading a few entries of many small objects; undefined when the value is not a dictionary.
 */
export function readSelectedPdfEntries(
  bytes: Buffer,
  start: number,
  keys: readonly string[],
): PlainPdfDictionary | undefined {
  return new PlainPdfReader(bytes, start).selectedEntries(keys);
}

/** A name as PDF writes it: bytes outside the printable range, delimiters and `#` escaped. */
function nameSource(name: string): string {
  let source = '/';
  for (let index = 0; index < name.length; index += 1) {
    const code = name.charCodeAt(index);
    const escaped = code < 0x21 || code > 0x7e || code === 0x23 || code === 0x25 || isDelimiter(code);
    source += escaped ? `#${code.toString(16).padStart(2, '0').toUpperCase()}` : name[index];
  }
  return source;
}

/** The value as PDF source text, one character per byte. */
export function plainPdfSource(value: PlainPdfValue): string {
  switch (value.kind) {
    case 'name':
      return nameSource(value.name);
    case 'reference':
      return `${value.objectNumber} ${value.generation} R`;
    case 'array':
      return `[${value.items.map(plainPdfSource).join(' ')}]`;
    case 'dictionary': {
      const entries = [...value.entries].map(([key, entry]) => `${nameSource(key)} ${plainPdfSource(entry)}`);
      return `<<${entries.join('\n')}>>`;
    }
    case 'token':
      return value.source;
  }
}

export const plainName = (name: string): PlainPdfName => ({ kind: 'name', name });

/** A text string written as UTF-16 hexadecimal, which holds every language's letters. */
export const plainTextString = (text: string): PlainPdfToken => ({
  kind: 'token',
  source: PDFHexString.fromText(text).toString(),
});

/** The text of a string value, decoded from PDFDocEncoding or UTF-16; undefined for anything else. */
export function plainPdfText(value: PlainPdfValue | undefined): string | undefined {
  if (value?.kind !== 'token') return undefined;
  const { source } = value;
  if (source.startsWith('(')) return PDFString.of(source.slice(1, -1)).decodeText();
  if (source.startsWith('<')) return PDFHexString.of(source.slice(1, -1)).decodeText();
  return undefined;
}

/** The name a value holds, or undefined when it is not a name. */
export const plainPdfName = (value: PlainPdfValue | undefined): string | undefined =>
  value?.kind === 'name' ? value.name : undefined;
