import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { paragraphs } from '../../../tests/support/library/library-fixtures';
import { BriefingStore } from './briefing-store';
import { searchDocument } from './search-document';
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
    expect(await worker.run({ kind: 'load', filePath })).toEqual({ outcome: 'indexed', count: 1 });
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
    const filePath = path.join(dataDir, 'search-index.json');
    const worker = thread();
    expect((await worker.run({ kind: 'load', filePath })).outcome).toBe('missing');
    await writeFile(filePath, '{"version":2,"revisions":{},"index":{}}');
    expect((await worker.run({ kind: 'load', filePath })).outcome).toBe('outdated');
    const id = 'a0000000-0000-4000-8000-000000000001';
    const document = { id, title: 'x', datelinePlace: '', desk: '', tags: '', authors: '', body: 'words' };
    await worker.run({ kind: 'put', document, revision: 1 });
    expect((await worker.run({ kind: 'write', filePath })).outcome).toBe('written');
    const written = JSON.parse(await readFile(filePath, 'utf8'));
    // Postings that point past the documents: the arrays no longer fit together.
    written.postings = Buffer.from(new Uint32Array([0xffffff01]).buffer).toString('base64');
    await writeFile(filePath, JSON.stringify(written));
    expect((await worker.run({ kind: 'load', filePath })).outcome).toBe('refused');
  }, 60_000);
});
