import { CorruptFileError } from '../storage/corrupt-file-error';
import { readStoredJson } from '../storage/read-stored-json';
import { writeFileDurably } from '../storage/write-file-durably';
import { CompactSearchEngine, SearchStateError } from './compact-search-engine';
import { searchDocument } from './search-document';
import { decodeSearchIndexFile, encodeSearchIndexFile, type IndexedLibrary } from './search-index-file';
import {
  fromWire,
  type SearchIndexWorkerReply,
  type SearchIndexWorkerRequest,
  toWire,
} from './search-index-worker-messages';
import { briefingFileFormat, OutdatedSearchIndexError, searchIndexFormat } from './stored-library-formats';

async function load(filePath: string): Promise<SearchIndexWorkerReply> {
  try {
    const stored = await readStoredJson(filePath, searchIndexFormat);
    if (!stored) return { outcome: 'missing' };
    const library = decodeSearchIndexFile(stored.value);
    CompactSearchEngine.fromState(library.state);
    if (library.state.ids.some((id) => !library.revisions.has(id))) {
      return { outcome: 'refused', message: 'An indexed briefing has no revision.' };
    }
    return { outcome: 'indexed', library: toWire(library) };
  } catch (error) {
    if (error instanceof OutdatedSearchIndexError) return { outcome: 'outdated' };
    if (error instanceof CorruptFileError || error instanceof SearchStateError) {
      return { outcome: 'refused', message: error.message };
    }
    throw error;
  }
}

/** Indexes every briefing file that reads and checks; the others are the library's to set aside. */
async function rebuild(briefingFiles: { id: string; filePath: string }[], filePath: string) {
  const engine = new CompactSearchEngine();
  const revisions = new Map<string, number>();
  for (const file of briefingFiles) {
    const stored = await readStoredJson(file.filePath, briefingFileFormat(file.filePath)).catch(() => null);
    if (!stored || stored.value.id !== file.id) continue;
    engine.add(searchDocument(stored.value));
    revisions.set(file.id, stored.value.revision);
  }
  const library: IndexedLibrary = { state: engine.compactState(), revisions };
  // A cache: if it cannot be written, the next start indexes again.
  await writeFileDurably(filePath, encodeSearchIndexFile(library)).catch(() => undefined);
  return library;
}

/** Runs one search-index job on the calling thread: the worker's body. */
export async function runSearchIndexJobHere(request: SearchIndexWorkerRequest): Promise<SearchIndexWorkerReply> {
  try {
    if (request.kind === 'load') return await load(request.filePath);
    if (request.kind === 'rebuild') {
      return { outcome: 'indexed', library: toWire(await rebuild(request.briefingFiles, request.filePath)) };
    }
    const library = fromWire(request.library);
    const state = CompactSearchEngine.fromState(library.state, { checked: true }).compactState();
    await writeFileDurably(request.filePath, encodeSearchIndexFile({ state, revisions: library.revisions }));
    return { outcome: 'written' };
  } catch (error) {
    return { outcome: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}
