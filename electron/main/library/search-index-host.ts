import { rm } from 'node:fs/promises';
import path from 'node:path';
import { CorruptFileError } from '../storage/corrupt-file-error';
import { readStoredJson } from '../storage/read-stored-json';
import { writeFileDurably } from '../storage/write-file-durably';
import { CompactSearchEngine, SearchStateError } from './compact-search-engine';
import { scoreAtPlace } from './score-at-place';
import { readSearchDocument, searchDocument } from './search-document';
import { encodeSearchIndexBinary, readSearchIndexBinary } from './search-index-binary-file';
import { decodeSearchIndexFile, type IndexedLibrary } from './search-index-file';
import {
  joinIds,
  type SearchIndexWorkerReply,
  type SearchIndexWorkerRequest,
  splitIds,
} from './search-index-worker-messages';
import { briefingFileFormat, OutdatedSearchIndexError, searchIndexFormat } from './stored-library-formats';

/** The lowest score that still reaches the first `best` places, or -Infinity when every hit does. */
function lowestPlacedScore(scores: readonly number[], best: number): number {
  return scores.length <= best ? Number.NEGATIVE_INFINITY : scoreAtPlace(scores, best);
}

/** The version 3 file (JSON), if there is one. */
async function readLegacy(filePath: string): Promise<IndexedLibrary | null> {
  const stored = await readStoredJson(filePath, searchIndexFormat);
  return stored ? decodeSearchIndexFile(stored.value) : null;
}

const write = (filePath: string, library: IndexedLibrary) =>
  writeFileDurably(filePath, Buffer.concat(encodeSearchIndexBinary(library)));

/**
 * The search index and the revision each briefing had when it was indexed, and the jobs
 * on them: the body of the search-index worker, so the index lives in that thread alone
 * (or on the calling thread, for unit tests). Jobs run one at a time, in the order sent.
 */
export class SearchIndexHost {
  #engine = new CompactSearchEngine();
  #revisions = new Map<string, number>();
  #queue: Promise<unknown> = Promise.resolve();

  run(request: SearchIndexWorkerRequest): Promise<SearchIndexWorkerReply> {
    const result = this.#queue.then(() => this.#run(request));
    this.#queue = result.catch(() => undefined);
    return result;
  }

  async #run(request: SearchIndexWorkerRequest): Promise<SearchIndexWorkerReply> {
    try {
      switch (request.kind) {
        case 'load':
          return await this.#load(request.filePath, request.legacyFilePath);
        case 'rebuild':
          return await this.#rebuild(request.folder, splitIds(request.ids, request.count), request.filePath);
        case 'reconcile':
          return this.#reconcile(splitIds(request.ids, request.revisions.length), request.revisions);
        case 'put':
          this.#engine.add(readSearchDocument(request.document));
          this.#revisions.set(request.document.id, request.revision);
          return { outcome: 'done' };
        case 'remove':
          this.#engine.remove(request.id);
          this.#revisions.delete(request.id);
          return { outcome: 'done' };
        case 'search':
          return this.#search(request.query, request.best);
        case 'write':
          await write(request.filePath, { state: this.#engine.compactState(), revisions: this.#revisions });
          return { outcome: 'written' };
      }
    } catch (error) {
      return { outcome: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
  }

  /**
   * Loads `search-index.bin`; a `search-index.json` (version 3) beside it is read instead, and
   * written again as the binary file: it is what an earlier version wrote, or planted.
   */
  async #load(filePath: string, legacyFilePath: string): Promise<SearchIndexWorkerReply> {
    let from = legacyFilePath;
    try {
      let library = await readLegacy(legacyFilePath);
      const migrating = library !== null;
      if (!library) {
        from = filePath;
        library = await readSearchIndexBinary(filePath);
      }
      if (!library) return { outcome: 'missing' };
      const engine = CompactSearchEngine.fromState(library.state);
      if (library.state.ids.some((id) => !library.revisions.has(id))) {
        return { outcome: 'refused', filePath: from, message: 'An indexed briefing has no revision.' };
      }
      this.#engine = engine;
      this.#revisions = library.revisions;
      if (migrating) {
        await write(filePath, library);
        await rm(legacyFilePath, { force: true });
      }
      return { outcome: 'indexed', count: engine.size };
    } catch (error) {
      if (error instanceof OutdatedSearchIndexError) {
        await rm(legacyFilePath, { force: true });
        return { outcome: 'outdated' };
      }
      if (error instanceof CorruptFileError || error instanceof SearchStateError) {
        return { outcome: 'refused', filePath: from, message: error.message };
      }
      throw error;
    }
  }

  /** Indexes every briefing file that reads and checks; the others are the library's to set aside. */
  async #rebuild(folder: string, ids: string[], filePath: string): Promise<SearchIndexWorkerReply> {
    const engine = new CompactSearchEngine();
    const revisions = new Map<string, number>();
    for (const id of ids) {
      const briefingPath = path.join(folder, `${id}.json`);
      const stored = await readStoredJson(briefingPath, briefingFileFormat(briefingPath)).catch(() => null);
      if (!stored || stored.value.id !== id) continue;
      engine.add(searchDocument(stored.value));
      revisions.set(id, stored.value.revision);
    }
    const state = engine.compactState();
    this.#engine = CompactSearchEngine.fromState(state, { checked: true });
    this.#revisions = revisions;
    // A cache: if it cannot be written, the next start indexes again.
    await write(filePath, { state, revisions }).catch(() => undefined);
    return { outcome: 'indexed', count: revisions.size };
  }

  #reconcile(ids: string[], revisions: Uint32Array): SearchIndexWorkerReply {
    const current = new Set(ids);
    for (const id of [...this.#revisions.keys()]) {
      if (current.has(id)) continue;
      this.#engine.remove(id);
      this.#revisions.delete(id);
    }
    const outdated = ids.filter((id, position) => this.#revisions.get(id) !== revisions[position]);
    return { outcome: 'outdated-ids', ...joinIds(outdated) };
  }

  #search(query: string, best: number | undefined): SearchIndexWorkerReply {
    const hits = this.#engine.search(query);
    const lowest = best === undefined ? Number.NEGATIVE_INFINITY : lowestPlacedScore(hits.scores, best);
    const ids: string[] = [];
    const scores: number[] = [];
    for (const [position, score] of hits.scores.entries()) {
      if (score < lowest) continue;
      ids.push(hits.ids[position] as string);
      scores.push(score);
    }
    return {
      outcome: 'found',
      ...joinIds(ids),
      scores: Float64Array.from(scores),
      terms: hits.terms,
      total: hits.ids.length,
    };
  }
}
