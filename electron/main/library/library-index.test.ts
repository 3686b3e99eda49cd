import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppNotice } from '../../common/app-info';
import type { BriefingSummary } from '../../common/briefing/briefing';
import { LibraryIndex, type LibraryIndexPaths } from './library-index';

let folder = '';
let paths: LibraryIndexPaths;
beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-library-index-'));
  paths = {
    rows: path.join(folder, 'index.ndjson'),
    changes: path.join(folder, 'index-changes.ndjson'),
    legacy: path.join(folder, 'index.json'),
  };
});
afterEach(() => rm(folder, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }));

const summary = (index: number): BriefingSummary => ({
  id: `b${String(index).padStart(7, '0')}-0000-4000-8000-000000000000`,
  title: `Briefing “${index}” with "quotes" and a \\ backslash`,
  status: 'draft',
  desk: index % 2 === 0 ? 'Europe' : 'Africa',
  tags: [`tag${index % 3}`],
  authors: ['Dana Reyes'],
  datelinePlace: 'KYIV',
  updatedAt: new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString(),
  createdAt: '2026-01-01T00:00:00.000Z',
  wordCount: index,
  revision: 1 + (index % 7),
});

const open = (notices: AppNotice[] = []) => LibraryIndex.open(paths, { dataDir: folder, notices });
const newestFirst = (rows: BriefingSummary[]) => [...rows].reverse();

async function writtenIndex(count: number): Promise<BriefingSummary[]> {
  const index = await open();
  const rows = Array.from({ length: count }, (_, position) => summary(position));
  for (const [position, row] of rows.entries()) index.put(row, { mtimeMs: position + 0.5, size: position * 3 });
  index.putTrash({ ...summary(99_999), trashedAt: '2026-02-01T00:00:00.000Z' });
  index.markOpened(rows[7]?.id as string);
  await index.flush();
  return rows;
}

describe('the library index', () => {
  it('writes every row newest first, across the turns it is serialized in, and reads them back unchanged', async () => {
    const rows = await writtenIndex(4_321);
    const reopened = await open();
    await reopened.loaded();
    expect(reopened.trusted).toBe(true);
    expect(reopened.summaries()).toEqual(newestFirst(rows));
    expect(reopened.entry(rows[4_000]?.id as string)).toEqual({
      summary: rows[4_000],
      fileMtimeMs: 4_000.5,
      fileSize: 12_000,
    });
    expect(reopened.trashEntries().map((entry) => entry.id)).toEqual([summary(99_999).id]);
    expect(reopened.recentIds()).toEqual([rows[7]?.id]);
    expect(reopened.facets()).toEqual({ tags: ['tag0', 'tag1', 'tag2'], desks: ['Africa', 'Europe'] });
    const lines = (await readFile(paths.rows, 'utf8')).split('\n');
    expect(lines).toHaveLength(4_321 + 2);
    expect(await readFile(paths.changes, 'utf8')).toBe('');
    // Nothing changed since it was read: closing writes nothing.
    const written = (await stat(paths.rows)).mtimeMs;
    await reopened.flush();
    expect((await stat(paths.rows)).mtimeMs).toBe(written);
  });

  it('answers the first page before the rest is loaded, with the changes since the rows were written', async () => {
    const rows = await writtenIndex(3_000);
    const first = await open();
    // The changes appended: a new briefing, one saved again, one removed.
    first.put(summary(5_000), { mtimeMs: 1, size: 1 });
    first.put({ ...summary(10), updatedAt: summary(6_000).updatedAt }, { mtimeMs: 2, size: 2 });
    first.remove(rows[2_999]?.id as string);
    first.remove(rows[5]?.id as string);
    await first.loaded();
    await first.appended();
    expect((await readFile(paths.changes, 'utf8')).trim().split('\n')).toHaveLength(4);

    const reopened = await open();
    const page = reopened.page(0, 100);
    // Only the first rows and the changes are in memory yet.
    expect(reopened.summaries().length).toBeLessThan(1_000);
    expect(page?.rows.map((row) => row.wordCount).slice(0, 4)).toEqual([10, 5_000, 2_998, 2_997]);
    expect(reopened.page(2_000, 100)).toBeUndefined();
    await reopened.loaded();
    expect(reopened.page(2_000, 100)?.rows).toHaveLength(100);
    expect(reopened.summaries()).toHaveLength(2_999);
    // Rows loaded later never replace the changes made since they were written.
    expect(reopened.entry(summary(10).id)?.fileMtimeMs).toBe(2);
    expect(reopened.has(rows[2_999]?.id as string)).toBe(false);
    expect(reopened.has(rows[5]?.id as string)).toBe(false);
  });

  it('migrates a version 2 index.json and removes it once the new files are written', async () => {
    const rows = Array.from({ length: 30 }, (_, position) => summary(position));
    const briefings = Object.fromEntries(
      rows.map((row) => [row.id, { summary: row, fileMtimeMs: row.wordCount, fileSize: 10 }]),
    );
    await writeFile(paths.legacy, JSON.stringify({ version: 2, briefings, trash: {}, recent: [rows[3]?.id] }));
    const index = await open();
    await index.loaded();
    expect(index.trusted).toBe(true);
    expect(index.summaries()).toEqual(newestFirst(rows));
    expect(index.recentIds()).toEqual([rows[3]?.id]);
    expect((await readdir(folder)).sort()).toEqual(['index-changes.ndjson', 'index.ndjson']);
    const reopened = await open();
    await reopened.loaded();
    expect(reopened.summaries()).toEqual(newestFirst(rows));
  });

  it('sets a damaged index aside with a sentence and starts untrusted, so the files rebuild it', async () => {
    await writtenIndex(1_200);
    const text = await readFile(paths.rows, 'utf8');
    // A row far past the first page is damaged: found while the rest loads.
    await writeFile(paths.rows, text.replace(/"wordCount":100,/, '"wordCount":"many",'));
    const notices: AppNotice[] = [];
    const index = await open(notices);
    expect(index.page(0, 10)?.rows).toHaveLength(10);
    await index.loaded();
    expect(index.trusted).toBe(false);
    expect(notices.map((notice) => notice.message)).toEqual([
      expect.stringMatching(/^The library index was damaged, so Briefdesk set it aside \(.+\) and rebuilt it/),
    ]);

    await writeFile(paths.rows, '{"version":3,"count":"x"}\n');
    const headerNotices: AppNotice[] = [];
    const refused = await open(headerNotices);
    await refused.loaded();
    expect(refused.trusted).toBe(false);
    expect(refused.summaries()).toEqual([]);
    expect(headerNotices).toHaveLength(1);
  });

  it('leaves out a change cut short by a crash, and keeps the others', async () => {
    const rows = await writtenIndex(20);
    const index = await open();
    index.put({ ...summary(3), title: 'Renamed' }, { mtimeMs: 9, size: 9 });
    await index.loaded();
    await index.appended();
    await writeFile(paths.changes, `${await readFile(paths.changes, 'utf8')}{"remove":"b00`, { flag: 'w' });
    const reopened = await open();
    await reopened.loaded();
    expect(reopened.trusted).toBe(true);
    expect(reopened.entry(rows[3]?.id as string)?.summary.title).toBe('Renamed');
    expect(reopened.summaries()).toHaveLength(20);
  });
});
