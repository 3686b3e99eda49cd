import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { paragraphs } from '../../../tests/support/library/library-fixtures';
import { BriefingStore } from './briefing-store';
import { CompactSearchEngine } from './compact-search-engine';
import { runSearchIndexJob } from './search-index-worker-client';
import { fromWire } from './search-index-worker-messages';

let dataDir = '';
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-search-worker-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }));

describe('search-index jobs in a worker thread', () => {
  it('rebuild from the briefing files, persist, and load back what a search finds', async () => {
    const store = await BriefingStore.open(dataDir, []);
    const briefing = await store.create({
      metadata: { title: 'Convoy update' },
      content: paragraphs('The convoy reached Sittwe at noon.'),
    });
    await store.close();
    const filePath = store.paths.searchIndex;
    const briefingFiles = [
      { id: briefing.id, filePath: path.join(store.paths.briefings, `${briefing.id}.json`) },
      // A file that is missing is skipped, not fatal.
      { id: 'a0000000-0000-4000-8000-000000000000', filePath: path.join(store.paths.briefings, 'gone.json') },
    ];
    const rebuilt = await runSearchIndexJob({ kind: 'rebuild', briefingFiles, filePath }, 'thread');
    expect(rebuilt.outcome).toBe('indexed');
    const loaded = await runSearchIndexJob({ kind: 'load', filePath }, 'thread');
    if (loaded.outcome !== 'indexed') throw new Error(`loaded: ${loaded.outcome}`);
    const library = fromWire(loaded.library);
    expect(library.revisions).toEqual(new Map([[briefing.id, 1]]));
    expect(CompactSearchEngine.fromState(library.state).search('sittwe').ids).toEqual([briefing.id]);
  }, 60_000);

  it('answer a damaged file as refused, an earlier version as outdated and no file as missing', async () => {
    const filePath = path.join(dataDir, 'search-index.json');
    expect((await runSearchIndexJob({ kind: 'load', filePath }, 'thread')).outcome).toBe('missing');
    await writeFile(filePath, '{"version":2,"revisions":{},"index":{}}');
    expect((await runSearchIndexJob({ kind: 'load', filePath }, 'thread')).outcome).toBe('outdated');
    const engine = new CompactSearchEngine();
    engine.add({
      id: 'a0000000-0000-4000-8000-000000000001',
      title: 'x',
      datelinePlace: '',
      desk: '',
      tags: '',
      authors: '',
      body: 'words',
    });
    const { toWire } = await import('./search-index-worker-messages');
    const wire = toWire({ state: engine.state(), revisions: new Map([['a0000000-0000-4000-8000-000000000001', 1]]) });
    expect((await runSearchIndexJob({ kind: 'write', filePath, library: wire }, 'thread')).outcome).toBe('written');
    const written = JSON.parse(await readFile(filePath, 'utf8'));
    // Postings that point past the documents: the arrays no longer fit together.
    written.postings = Buffer.from(new Uint32Array([0xffffff01]).buffer).toString('base64');
    await writeFile(filePath, JSON.stringify(written));
    expect((await runSearchIndexJob({ kind: 'load', filePath }, 'thread')).outcome).toBe('refused');
  }, 60_000);
});
