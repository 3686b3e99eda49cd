import type { IndexedLibrary } from './search-index-file';

/**
 * An indexed library as it crosses between threads: typed arrays handed over, and the
 * many short strings (ids, terms) joined into one each, which costs far less to copy
 * than tens of thousands of strings. Neither ids nor terms can hold a line break.
 */
export interface LibraryOnTheWire {
  idCount: number;
  ids: string;
  termCount: number;
  terms: string;
  termNumbers: Uint32Array;
  fieldLengths: Uint32Array;
  lists: Uint32Array;
  postings: Uint32Array;
  revisedCount: number;
  revisedIds: string;
  revisions: Uint32Array;
}

const lines = (text: string, count: number) => (count === 0 ? [] : text.split('\n'));

export function toWire({ state, revisions }: IndexedLibrary): LibraryOnTheWire {
  return {
    idCount: state.ids.length,
    ids: state.ids.join('\n'),
    termCount: state.terms.length,
    terms: state.terms.join('\n'),
    termNumbers: state.termNumbers,
    fieldLengths: state.fieldLengths,
    lists: state.lists,
    postings: state.postings,
    revisedCount: revisions.size,
    revisedIds: [...revisions.keys()].join('\n'),
    revisions: Uint32Array.from(revisions.values()),
  };
}

export function fromWire(wire: LibraryOnTheWire): IndexedLibrary {
  const revisedIds = lines(wire.revisedIds, wire.revisedCount);
  const revisions = new Map<string, number>();
  for (const [index, id] of revisedIds.entries()) revisions.set(id, wire.revisions[index] as number);
  return {
    state: {
      ids: lines(wire.ids, wire.idCount),
      terms: lines(wire.terms, wire.termCount),
      termNumbers: wire.termNumbers,
      fieldLengths: wire.fieldLengths,
      lists: wire.lists,
      postings: wire.postings,
    },
    revisions,
  };
}

/** The typed arrays of a library on the wire, handed over instead of copied. */
export function transferablesOf(wire: LibraryOnTheWire): ArrayBuffer[] {
  return [wire.termNumbers, wire.fieldLengths, wire.lists, wire.postings, wire.revisions].map(
    (array) => array.buffer as ArrayBuffer,
  );
}

/** A job for the search-index worker. */
export type SearchIndexWorkerRequest =
  /** Read and check the persisted index. */
  | { kind: 'load'; filePath: string }
  /** Index these briefing files from scratch, then persist the result at `filePath`. */
  | { kind: 'rebuild'; briefingFiles: { id: string; filePath: string }[]; filePath: string }
  /** Compact an indexed library and persist it at `filePath`. */
  | { kind: 'write'; filePath: string; library: LibraryOnTheWire };

/** What the worker answers. */
export type SearchIndexWorkerReply =
  | { outcome: 'indexed'; library: LibraryOnTheWire }
  | { outcome: 'written' }
  | { outcome: 'missing' }
  /** Written by an earlier version: rebuild without telling the user anything is wrong. */
  | { outcome: 'outdated' }
  /** Damaged: `message` says why; the caller sets the file aside. */
  | { outcome: 'refused'; message: string }
  | { outcome: 'failed'; message: string };
