import type { FileHandle } from 'node:fs/promises';
import { z } from 'zod';
import { briefingIdPattern } from '../../common/briefing/briefing-id';
import { CorruptFileError } from '../storage/corrupt-file-error';
import { openStoredFile } from '../storage/open-file-without-following-links';
import type { IndexedLibrary } from './search-index-file';

// `library/search-index.bin` (version 4): the compact search index as its arrays' own bytes, so
// loading it reads them straight into typed arrays instead of decoding a JSON file of base64 text
// (which took several times the index's size in memory while it loaded).
//
//   "BDSI" | version (u32 LE) | header length (u32 LE) | header (UTF-8 JSON) | padding to 4 bytes |
//   fieldLengths | lists | postings   (u32 LE each, as many as the header says)
//
// The header holds the ids and terms, each joined by line breaks (neither can hold one), the
// revision of each id, and the arrays' lengths.

const magic = 'BDSI';
const version = 4;
const prefixBytes = 12;
const maxFileBytes = 1024 * 1024 * 1024;
const maxHeaderBytes = 256 * 1024 * 1024;

const headerSchema = z.strictObject({
  ids: z.string(),
  idCount: z.number().int().min(0),
  revisions: z.array(z.number().int().min(1)),
  terms: z.string(),
  termCount: z.number().int().min(0),
  fieldLengths: z.number().int().min(0),
  lists: z.number().int().min(0),
  postings: z.number().int().min(0),
});

const lines = (text: string, count: number) => (count === 0 ? [] : text.split('\n'));
const padded = (bytes: number) => Math.ceil(bytes / 4) * 4;

/** The file's bytes for an indexed library whose state is compact. */
export function encodeSearchIndexBinary({ state, revisions }: IndexedLibrary): Buffer[] {
  const header = Buffer.from(
    JSON.stringify({
      ids: state.ids.join('\n'),
      idCount: state.ids.length,
      revisions: state.ids.map((id) => revisions.get(id) ?? 1),
      terms: state.terms.join('\n'),
      termCount: state.terms.length,
      fieldLengths: state.fieldLengths.length,
      lists: state.lists.length,
      postings: state.postings.length,
    }),
  );
  const prefix = Buffer.alloc(prefixBytes);
  prefix.write(magic, 0, 'latin1');
  prefix.writeUInt32LE(version, 4);
  prefix.writeUInt32LE(header.length, 8);
  const padding = Buffer.alloc(padded(prefixBytes + header.length) - prefixBytes - header.length);
  const bytesOf = (words: Uint32Array) => Buffer.from(words.buffer, words.byteOffset, words.byteLength);
  return [prefix, header, padding, bytesOf(state.fieldLengths), bytesOf(state.lists), bytesOf(state.postings)];
}

async function readExactly(handle: FileHandle, target: Uint8Array, position: number, filePath: string) {
  const { bytesRead } = await handle.read(target, 0, target.length, position);
  if (bytesRead !== target.length) throw new CorruptFileError(filePath, 'it is cut short');
}

/**
 * The indexed library in `filePath`, or null when there is none. Rejects with `CorruptFileError`
 * when the file is a link, too large, or its parts do not add up; whether the arrays fit together
 * is `CompactSearchEngine.fromState`'s to check.
 */
export async function readSearchIndexBinary(filePath: string): Promise<IndexedLibrary | null> {
  const handle = await openStoredFile(filePath);
  if (!handle) return null;
  try {
    const info = await handle.stat();
    if (!info.isFile() || info.size > maxFileBytes || info.size < prefixBytes) {
      throw new CorruptFileError(filePath, 'it is not a search index');
    }
    const prefix = Buffer.alloc(prefixBytes);
    await readExactly(handle, prefix, 0, filePath);
    const headerBytes = prefix.readUInt32LE(8);
    if (prefix.toString('latin1', 0, 4) !== magic || prefix.readUInt32LE(4) !== version) {
      throw new CorruptFileError(filePath, 'it is not a search index of this version');
    }
    if (headerBytes > maxHeaderBytes || prefixBytes + headerBytes > info.size) {
      throw new CorruptFileError(filePath, 'its header is cut short');
    }
    const headerBuffer = Buffer.alloc(headerBytes);
    await readExactly(handle, headerBuffer, prefixBytes, filePath);
    let parsed: z.infer<typeof headerSchema>;
    try {
      parsed = headerSchema.parse(JSON.parse(headerBuffer.toString('utf8')));
    } catch (error) {
      throw new CorruptFileError(filePath, 'its header does not fit its format', { cause: error });
    }
    const ids = lines(parsed.ids, parsed.idCount);
    const terms = lines(parsed.terms, parsed.termCount);
    if (ids.length !== parsed.idCount || parsed.revisions.length !== ids.length || terms.length !== parsed.termCount) {
      throw new CorruptFileError(filePath, 'its header does not add up');
    }
    if (ids.some((id) => !briefingIdPattern.test(id)) || terms.some((term) => term === '' || term.length > 1000)) {
      throw new CorruptFileError(filePath, 'it holds an id or a term that cannot be');
    }
    let position = padded(prefixBytes + headerBytes);
    if (position + 4 * (parsed.fieldLengths + parsed.lists + parsed.postings) !== info.size) {
      throw new CorruptFileError(filePath, 'its size does not match its header');
    }
    const words = async (count: number) => {
      const array = new Uint32Array(count);
      await readExactly(handle, new Uint8Array(array.buffer), position, filePath);
      position += array.byteLength;
      return array;
    };
    const fieldLengths = await words(parsed.fieldLengths);
    const lists = await words(parsed.lists);
    const postings = await words(parsed.postings);
    const revisions = new Map<string, number>();
    for (const [index, id] of ids.entries()) revisions.set(id, parsed.revisions[index] as number);
    return {
      state: { ids, terms, termNumbers: Uint32Array.from(terms.keys()), fieldLengths, lists, postings },
      revisions,
    };
  } finally {
    await handle.close();
  }
}
