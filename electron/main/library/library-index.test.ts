import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BriefingSummary } from '../../common/briefing/briefing';
import { LibraryIndex } from './library-index';

let folder = '';
beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-library-index-'));
});
afterEach(() => rm(folder, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }));

const summary = (index: number): BriefingSummary => ({
  id: `b${String(index).padStart(7, '0')}-0000-4000-8000-000000000000`,
  title: `Briefing “${index}” with "quotes" and a \\ backslash`,
  status: 'draft',
  desk: 'Europe',
  tags: ['ukraine'],
  authors: ['Dana Reyes'],
  datelinePlace: 'KYIV',
  updatedAt: new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString(),
  createdAt: '2026-01-01T00:00:00.000Z',
  wordCount: index,
  revision: 1 + (index % 7),
});

describe('the library index', () => {
  it('writes every row, across the turns it is serialized in, and reads them back unchanged', async () => {
    const filePath = path.join(folder, 'index.json');
    const { index } = await LibraryIndex.open(filePath, { dataDir: folder, notices: [] });
    const rows = Array.from({ length: 4_321 }, (_, position) => summary(position));
    for (const [position, row] of rows.entries()) index.put(row, { mtimeMs: position + 0.5, size: position * 3 });
    index.putTrash({ ...summary(99_999), trashedAt: '2026-02-01T00:00:00.000Z' });
    index.markOpened(rows[7]?.id as string);
    await index.flush();

    const { index: reopened, loaded } = await LibraryIndex.open(filePath, { dataDir: folder, notices: [] });
    expect(loaded).toBe(true);
    expect(reopened.summaries()).toEqual(rows);
    expect(reopened.entry(rows[4_000]?.id as string)).toEqual({
      summary: rows[4_000],
      fileMtimeMs: 4_000.5,
      fileSize: 12_000,
    });
    expect(reopened.trashEntries().map((entry) => entry.id)).toEqual([summary(99_999).id]);
    expect(reopened.recentIds()).toEqual([rows[7]?.id]);
    expect((await readFile(filePath, 'utf8')).split('\n')).toHaveLength(2);
  });
});
