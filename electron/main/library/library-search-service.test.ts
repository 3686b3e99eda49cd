import { rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { paragraphs, temporaryDataDirPerTest } from '../../../tests/support/library/library-fixtures';
import type { LibrarySearchRequest } from '../../common/library/library-requests';
import { BriefingStore } from './briefing-store';

const folder = temporaryDataDirPerTest();

const request = (query: string, extra: Partial<LibrarySearchRequest> = {}): LibrarySearchRequest => ({
  query,
  filters: {},
  limit: 100,
  ...extra,
});

async function seed(store: BriefingStore) {
  const kharkiv = await store.create({
    metadata: { title: 'Kharkiv drone strikes', desk: 'Europe', tags: ['ukraine', 'drones'], status: 'in-review' },
    content: paragraphs('Forty-two drones hit civilian buildings overnight.', 'Power outages across the city.'),
  });
  const sahel = await store.create({
    metadata: { title: 'Sahel displacement sitrep', desk: 'Africa', tags: ['sahel'], authors: ['Amira Haddad'] },
    content: paragraphs('Displacement rose to 2.9 million; funding gap widens.'),
  });
  const talks = await store.create({
    metadata: { title: 'Peace talks tracker', desk: 'Europe', tags: ['ukraine'] },
    content: paragraphs('Agenda: prisoner exchange, grain corridor, drones over the Black Sea.'),
  });
  return { kharkiv, sahel, talks };
}

describe('library search', () => {
  it('finds words in the body, title and metadata, with highlighted snippets', async () => {
    const store = await BriefingStore.open(folder.dataDir, []);
    const { kharkiv, sahel, talks } = await seed(store);
    const result = await store.search.search(request('drones'));
    expect(result.hits.map((hit) => hit.briefing.id)).toEqual([kharkiv.id, talks.id]);
    expect(result.hits[0]?.title).toEqual([
      { text: 'Kharkiv ', match: false },
      { text: 'drone', match: true },
      { text: ' strikes', match: false },
    ]);
    const snippet = result.hits[1]?.snippet ?? [];
    expect(snippet.filter((run) => run.match).map((run) => run.text)).toEqual(['drones']);
    expect(snippet.map((run) => run.text).join('')).toContain('grain corridor, drones over the Black Sea');
    const byAuthor = await store.search.search(request('haddad'));
    expect(byAuthor.hits.map((hit) => hit.briefing.id)).toEqual([sahel.id]);
    expect(byAuthor.hits[0]?.snippet.some((run) => run.match && run.text === 'Haddad')).toBe(true);
    expect((await store.search.search(request('displace'))).hits.map((hit) => hit.briefing.id)).toEqual([sahel.id]);
  });

  it('filters by status, tag and desk, and sorts by any column', async () => {
    const store = await BriefingStore.open(folder.dataDir, []);
    const { kharkiv, sahel, talks } = await seed(store);
    const ids = async (extra: Partial<LibrarySearchRequest>, query = '') =>
      (await store.search.search(request(query, extra))).hits.map((hit) => hit.briefing.id);
    expect(await ids({ filters: { desk: 'europe' } })).toEqual([talks.id, kharkiv.id]);
    expect(await ids({ filters: { tag: 'Ukraine', status: 'in-review' } })).toEqual([kharkiv.id]);
    expect(await ids({ filters: { desk: 'Europe' } }, 'drones')).toEqual([kharkiv.id, talks.id]);
    expect(await ids({ sort: { key: 'title', direction: 'ascending' } })).toEqual([kharkiv.id, talks.id, sahel.id]);
    expect(await ids({ sort: { key: 'wordCount', direction: 'descending' } })).toEqual([
      kharkiv.id,
      talks.id,
      sahel.id,
    ]);
    expect(await ids({ sort: { key: 'status', direction: 'descending' } })).toEqual([kharkiv.id, talks.id, sahel.id]);
    const { facets, total } = await store.search.search(request('', { limit: 1 }));
    expect(total).toBe(3);
    expect(facets).toEqual({ tags: ['drones', 'sahel', 'ukraine'], desks: ['Africa', 'Europe'] });
  });

  it('keeps the index up to date on every save and persists it, re-indexing only what changed', async () => {
    const store = await BriefingStore.open(folder.dataDir, []);
    const { talks } = await seed(store);
    await store.save({
      id: talks.id,
      revision: 1,
      metadata: talks.metadata,
      content: paragraphs('Ceasefire monitors'),
    });
    expect((await store.search.search(request('ceasefire'))).hits).toHaveLength(1);
    expect((await store.search.search(request('corridor'))).hits).toHaveLength(0);
    await store.close();

    const reopened = await BriefingStore.open(folder.dataDir, []);
    expect(await reopened.search.warmUp()).toBe(0);
    expect((await reopened.search.search(request('ceasefire'))).hits).toHaveLength(1);
    await reopened.close();

    await rm(reopened.paths.searchIndex);
    const rebuilt = await BriefingStore.open(folder.dataDir, []);
    expect(await rebuilt.search.warmUp()).toBe(3);
    expect((await rebuilt.search.search(request('ceasefire'))).hits).toHaveLength(1);
  });
});
