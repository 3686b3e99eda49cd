import type { PersistedSearchIndex } from '../../common/library/stored-library-files';
import { type SearchEngineState, SearchStateError } from './compact-search-engine';

/** A search engine's state and the revision each briefing had when it was indexed. */
export interface IndexedLibrary {
  state: SearchEngineState;
  revisions: Map<string, number>;
}

const toBase64 = (words: Uint32Array) =>
  Buffer.from(words.buffer, words.byteOffset, words.byteLength).toString('base64');

function fromBase64(text: string): Uint32Array {
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length % 4 !== 0) throw new SearchStateError('The search index holds a cut-off array.');
  const words = new Uint32Array(bytes.length / 4);
  new Uint8Array(words.buffer).set(bytes);
  return words;
}

/** The text of `library/search-index.json` as version 3 wrote it (now only read, and migrated), for an indexed library whose state is compact. */
export function encodeSearchIndexFile({ state: snapshot, revisions }: IndexedLibrary): string {
  const file: PersistedSearchIndex = {
    version: 3,
    revisions: Object.fromEntries(revisions),
    ids: snapshot.ids,
    terms: snapshot.terms,
    fieldLengths: toBase64(snapshot.fieldLengths),
    lists: toBase64(snapshot.lists),
    postings: toBase64(snapshot.postings),
  };
  return JSON.stringify(file);
}

/** The indexed library in a checked `search-index.json`; the arrays' fit is checked by `CompactSearchEngine.fromState`. */
export function decodeSearchIndexFile(file: PersistedSearchIndex): IndexedLibrary {
  return {
    state: {
      ids: file.ids,
      terms: file.terms,
      termNumbers: Uint32Array.from(file.terms.keys()),
      fieldLengths: fromBase64(file.fieldLengths),
      lists: fromBase64(file.lists),
      postings: fromBase64(file.postings),
    },
    revisions: new Map(Object.entries(file.revisions)),
  };
}
