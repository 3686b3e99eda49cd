import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { paragraphs, temporaryDataDirPerTest } from '../../../tests/support/library/library-fixtures';
import { BriefingStore } from './briefing-store';

const folder = temporaryDataDirPerTest();

describe('the trash', () => {
  it('moves a briefing to the trash and restores it unchanged, history included', async () => {
    const store = await BriefingStore.open(folder.dataDir, []);
    const created = await store.create({ metadata: { title: 'Negotiations tracker' }, content: paragraphs('Agenda') });
    const entry = await store.trash.moveToTrash(created.id);
    expect(entry).toMatchObject({ id: created.id, title: 'Negotiations tracker' });
    expect(store.list()).toEqual([]);
    expect(store.trash.list().map((item) => item.id)).toEqual([created.id]);
    await expect(store.get(created.id)).rejects.toMatchObject({ code: 'not-found' });
    expect((await store.search.search({ query: 'negotiations', filters: {}, limit: 10 })).hits).toEqual([]);

    await store.trash.restore(created.id);
    expect(store.trash.list()).toEqual([]);
    expect(await store.get(created.id)).toEqual(created);
    expect((await store.history.list(created.id)).length).toBe(1);
    expect((await store.search.search({ query: 'negotiations', filters: {}, limit: 10 })).hits).toHaveLength(1);
  });

  it('keeps the trash listed after the index is lost, and empties it with the history', async () => {
    const store = await BriefingStore.open(folder.dataDir, []);
    const kept = await store.create({ metadata: { title: 'Kept' } });
    const trashed = await store.create({ metadata: { title: 'Trashed' } });
    await store.trash.moveToTrash(trashed.id);
    await store.close();
    await rm(store.paths.indexRows);
    const reopened = await BriefingStore.open(folder.dataDir, []);
    expect(reopened.list().map((row) => row.id)).toEqual([kept.id]);
    expect(reopened.trash.list().map((row) => row.id)).toEqual([trashed.id]);
    expect(await reopened.trash.empty()).toBe(1);
    expect(reopened.trash.list()).toEqual([]);
    expect(await readdir(reopened.paths.trash)).toEqual([]);
    expect(await readdir(reopened.paths.history)).toEqual([kept.id]);
  });

  it('removes items older than 30 days at start', async () => {
    const store = await BriefingStore.open(folder.dataDir, []);
    const old = await store.create({ metadata: { title: 'Old' } });
    const recent = await store.create({ metadata: { title: 'Recent' } });
    await store.trash.moveToTrash(old.id, new Date(Date.now() - 31 * 24 * 60 * 60 * 1000));
    await store.trash.moveToTrash(recent.id, new Date(Date.now() - 29 * 24 * 60 * 60 * 1000));
    await store.close();
    const reopened = await BriefingStore.open(folder.dataDir, []);
    expect(reopened.trash.list().map((row) => row.title)).toEqual(['Recent']);
    expect(await readdir(reopened.paths.trash)).toEqual([`${recent.id}.json`]);
    expect(await readdir(path.join(reopened.paths.history))).not.toContain(old.id);
  });
});
