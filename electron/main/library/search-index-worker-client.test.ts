import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { paragraphs } from '../../../tests/support/library/library-fixtures';
import { BriefingStore } from './briefing-store';
import { CompactSearchEngine } from './compact-search-engine';
import { searchDocument } from './search-document';
import { encodeSearchIndexFile } from './search-index-file';
import { SearchIndexWorkerClient } from './search-index-worker-client';
import { splitIds } from './search-index-worker-messages';

let dataDir = '';
const workers: SearchIndexWorkerClient[] = [];
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-search-worker-'));
});
afterEach(async () => {
  await Promise.all(workers.splice(0).map((worker) => worker.stop()));
  await rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
});

const thread = () => {
  const worker = new SearchIndexWorkerClient('thread');
  workers.push(worker);
  return worker;
};

describe('the search index in a worker thread', () => {
  it('rebuilds from the briefing files, persists, loads back, and answers searches and updates', async () => {
    const store = await BriefingStore.open(dataDir, []);
    const briefing = await store.create({
      metadata: { title: 'Convoy update' },
      content: paragraphs('The convoy reached Sittwe at noon.'),
    });
    await store.close();
    const filePath = store.paths.searchIndex;
    // A file that is missing is skipped, not fatal.
    const ids = [briefing.id, 'a0000000-0000-4000-8000-000000000000'].join('\n');
    const builder = thread();
    const rebuilt = await builder.run({ kind: 'rebuild', folder: store.paths.briefings, ids, count: 2, filePath });
    expect(rebuilt).toEqual({ outcome: 'indexed', count: 1 });

    const worker = thread();
    expect(await worker.run({ kind: 'load', filePath, legacyFilePath: `${filePath}.json` })).toEqual({
      outcome: 'indexed',
      count: 1,
    });
    const found = await worker.run({ kind: 'search', query: 'sittwe' });
    if (found.outcome !== 'found') throw new Error(`search: ${found.outcome}`);
    expect(splitIds(found.ids, found.count)).toEqual([briefing.id]);

    const revised = { ...briefing, revision: 2, content: paragraphs('The convoy turned back at Kyauktaw.') };
    await worker.run({ kind: 'put', document: searchDocument(revised), revision: 2 });
    const moved = await worker.run({ kind: 'search', query: 'kyauktaw' });
    expect(moved.outcome === 'found' && moved.total).toBe(1);
    const stale = await worker.run({ kind: 'search', query: 'sittwe' });
    expect(stale.outcome === 'found' && stale.total).toBe(0);
    const checked = await worker.run({ kind: 'reconcile', ids: briefing.id, revisions: Uint32Array.of(3) });
    expect(checked.outcome === 'outdated-ids' && splitIds(checked.ids, checked.count)).toEqual([briefing.id]);
    const emptied = await worker.run({ kind: 'reconcile', ids: '', revisions: new Uint32Array(0) });
    expect(emptied).toEqual({ outcome: 'outdated-ids', ids: '', count: 0 });
    const gone = await worker.run({ kind: 'search', query: 'kyauktaw' });
    expect(gone.outcome === 'found' && gone.total).toBe(0);
  }, 60_000);

  it('answers a damaged file as refused, an earlier version as outdated and no file as missing', async () => {
    const filePath = path.join(dataDir, 'search-index.bin');
    const legacyFilePath = path.join(dataDir, 'search-index.json');
    const worker = thread();
    expect((await worker.run({ kind: 'load', filePath, legacyFilePath })).outcome).toBe('missing');
    await writeFile(legacyFilePath, '{"version":2,"revisions":{},"index":{}}');
    expect((await worker.run({ kind: 'load', filePath, legacyFilePath })).outcome).toBe('outdated');
    const id = 'a0000000-0000-4000-8000-000000000001';
    const document = { id, title: 'x', datelinePlace: '', desk: '', tags: '', authors: '', body: 'words' };
    await worker.run({ kind: 'put', document, revision: 1 });
    expect((await worker.run({ kind: 'write', filePath })).outcome).toBe('written');
    const written = await readFile(filePath);
    // The last posting points past the documents: the arrays no longer fit together.
    written.writeUInt32LE(0xffffff01, written.length - 4);
    await writeFile(filePath, written);
    expect(await worker.run({ kind: 'load', filePath, legacyFilePath })).toMatchObject({
      outcome: 'refused',
      filePath,
    });
    await writeFile(filePath, written.subarray(0, written.length - 2));
    expect(await worker.run({ kind: 'load', filePath, legacyFilePath })).toMatchObject({
      outcome: 'refused',
      filePath,
    });
  }, 60_000);

  it('migrates the JSON an earlier version wrote to the binary file, and refuses a damaged one by its name', async () => {
    const filePath = path.join(dataDir, 'search-index.bin');
    const legacyFilePath = path.join(dataDir, 'search-index.json');
    const id = 'a0000000-0000-4000-8000-000000000003';
    const engine = new CompactSearchEngine();
    engine.add({ id, title: 'Monsoon', datelinePlace: '', desk: '', tags: '', authors: '', body: 'flooding' });
    const library = { state: engine.compactState(), revisions: new Map([[id, 4]]) };
    await writeFile(legacyFilePath, encodeSearchIndexFile(library));
    const worker = thread();
    expect(await worker.run({ kind: 'load', filePath, legacyFilePath })).toEqual({ outcome: 'indexed', count: 1 });
    expect(await readdir(dataDir)).toEqual(['search-index.bin']);
    const reloaded = thread();
    expect(await reloaded.run({ kind: 'load', filePath, legacyFilePath })).toEqual({ outcome: 'indexed', count: 1 });
    const found = await reloaded.run({ kind: 'search', query: 'flood' });
    expect(found.outcome === 'found' && splitIds(found.ids, found.count)).toEqual([id]);
    const checked = await reloaded.run({ kind: 'reconcile', ids: id, revisions: Uint32Array.of(4) });
    expect(checked).toEqual({ outcome: 'outdated-ids', ids: '', count: 0 });

    await writeFile(legacyFilePath, '{"version":3,"revisions":{},"ids":["x"]}');
    expect(await reloaded.run({ kind: 'load', filePath, legacyFilePath })).toMatchObject({
      outcome: 'refused',
      filePath: legacyFilePath,
    });
  }, 60_000);
});
