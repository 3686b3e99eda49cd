/** The last trailer of a PDF with a classic cross-reference table, as Chromium (Skia) writes it. */
export interface ClassicTrailer {
  startxref: number;
  size: number;
  root: string;
  info: string | undefined;
  id: string | undefined;
}

/** Reads the last trailer, or undefined when the PDF has a cross-reference stream or is encrypted. */
export function readClassicTrailer(pdf: Uint8Array): ClassicTrailer | undefined {
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
    info: /\/Info\s+(\d+\s+\d+\s+R)/.exec(trailer)?.[1],
    id: /\/ID\s*(\[[^\]]*\])/.exec(trailer)?.[1],
  };
}

/** One object written by an incremental update: a new one, or a new version of an existing one. */
export interface UpdatedObject {
  objectNumber: number;
  generation: number;
  /** What goes between `N G obj` and `endobj`. */
  body: Uint8Array;
}

/**
 * Appends objects to a PDF as an incremental update: the original bytes stay as they are, a new
 * cross-reference section and trailer point at the new versions.
 */
export function appendIncrementalUpdate(
  pdf: Uint8Array,
  trailer: ClassicTrailer,
  objects: readonly UpdatedObject[],
  changes: { size?: number; info?: string } = {},
): Uint8Array {
  const parts: Buffer[] = [Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength)];
  let offset = pdf.length;
  const push = (part: Buffer) => {
    parts.push(part);
    offset += part.length;
  };
  if (pdf[pdf.length - 1] !== 0x0a) push(Buffer.from('\n', 'latin1'));
  const entries: string[] = [];
  for (const object of [...objects].sort((a, b) => a.objectNumber - b.objectNumber)) {
    entries.push(
      `${object.objectNumber} 1\n${String(offset).padStart(10, '0')} ${String(object.generation).padStart(5, '0')} n \n`,
    );
    push(Buffer.from(`${object.objectNumber} ${object.generation} obj\n`, 'latin1'));
    push(Buffer.from(object.body));
    push(Buffer.from('\nendobj\n', 'latin1'));
  }
  const xrefOffset = offset;
  const size = changes.size ?? trailer.size;
  const info = changes.info ?? trailer.info;
  push(
    Buffer.from(
      `xref\n0 1\n0000000000 65535 f \n${entries.join('')}trailer\n<< /Size ${size} /Root ${trailer.root}` +
        `${info ? ` /Info ${info}` : ''} /Prev ${trailer.startxref}${trailer.id ? ` /ID ${trailer.id}` : ''} >>\n` +
        `startxref\n${xrefOffset}\n%%EOF\n`,
      'latin1',
    ),
  );
  return Buffer.concat(parts);
}
