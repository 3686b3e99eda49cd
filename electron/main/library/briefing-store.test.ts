import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppNotice } from '../../common/app-info';
import { BriefingStore } from './briefing-store';

let dataDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-store-'));
});

afterEach(() => rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }));

const body = (text: string) => ({
  type: 'doc' as const,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

describe('BriefingStore', () => {
  it('creates a briefing in its own file and lists it', async () => {
    const store = await BriefingStore.open(dataDir, []);
    const created = await store.create({
      metadata: { title: 'Kharkiv update', tags: ['ukraine'] },
      content: body('Forty-two drones.'),
    });
    expect(created).toMatchObject({ revision: 1, metadata: { title: 'Kharkiv update', status: 'draft' } });
    expect(await readdir(store.paths.briefings)).toEqual([`${created.id}.json`]);
    expect(store.list()).toEqual([expect.objectContaining({ id: created.id, title: 'Kharkiv update', wordCount: 2 })]);
    expect(await store.get(created.id)).toEqual(created);
  });

  it('saves edits with a new revision, and refuses a save based on an old one', async () => {
    const store = await BriefingStore.open(dataDir, []);
    const created = await store.create({});
    const saved = await store.save({
      id: created.id,
      revision: 1,
      metadata: { ...created.metadata, title: 'New' },
      content: body('Edited'),
    });
    expect(saved.revision).toBe(2);
    await expect(
      store.save({ id: created.id, revision: 1, metadata: created.metadata, content: body('Stale') }),
    ).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('changed elsewhere') });
    expect((await store.get(created.id)).content).toEqual(body('Edited'));
  });

  it('rebuilds a missing or damaged index from the briefing files', async () => {
    const store = await BriefingStore.open(dataDir, []);
    const created = await store.create({ metadata: { title: 'Daily brief' } });
    await rm(store.paths.indexRows, { force: true });
    expect((await BriefingStore.open(dataDir, [])).list().map((row) => row.title)).toEqual(['Daily brief']);
    await writeFile(store.paths.indexRows, '{"version": 3, "briefi');
    const rebuilt = await BriefingStore.open(dataDir, []);
    expect(rebuilt.list().map((row) => row.id)).toEqual([created.id]);
    const [header, row] = (await readFile(store.paths.indexRows, 'utf8')).split('\n');
    expect(JSON.parse(header as string)).toMatchObject({ version: 3, count: 1 });
    expect(JSON.parse(row as string).summary.title).toBe('Daily brief');
  });

  it('sets damaged briefing files aside while rebuilding, and opens the rest', async () => {
    const store = await BriefingStore.open(dataDir, []);
    const good = await store.create({ metadata: { title: 'Good' } });
    await writeFile(path.join(store.paths.briefings, 'deadbeef-0000.json'), '{"schemaVersion": 1, "id": "dead');
    await rm(store.paths.indexRows, { force: true });
    const notices: AppNotice[] = [];
    const reopened = await BriefingStore.open(dataDir, notices);
    expect(reopened.list().map((row) => row.id)).toEqual([good.id]);
    expect(notices).toEqual([
      expect.objectContaining({ level: 'warning', message: expect.stringContaining('deadbeef-0000.json') }),
    ]);
    expect(await readdir(path.join(dataDir, 'quarantine'))).toHaveLength(1);
  });

  it('says when a briefing does not exist', async () => {
    const store = await BriefingStore.open(dataDir, []);
    await expect(store.get('00000000-0000-0000-0000-000000000000')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('refuses content outside the schema before writing anything', async () => {
    const store = await BriefingStore.open(dataDir, []);
    const hostile = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }],
        },
      ],
    };
    await expect(store.create({ content: hostile as never })).rejects.toThrow();
    expect(await readdir(store.paths.briefings)).toEqual([]);
  });
});
