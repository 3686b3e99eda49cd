import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { temporaryDataDir } from '../../../tests/support/library/library-fixtures';
import type { AppNotice } from '../../common/app-info';
import { briefingFileVersion } from '../../common/briefing/briefing';
import { BriefingStore } from './briefing-store';
import { libraryPaths } from './library-paths';

const fixture = path.join(import.meta.dirname, '../../../tests/fixtures/library/briefing-v0.json');
const fixtureId = '0b7e2c1a-5d3f-4e8a-9c21-6f4d8e2a1b90';

let dataDir: string;
let remove: () => Promise<void>;

beforeEach(async () => {
  ({ dataDir, remove } = await temporaryDataDir());
  await mkdir(libraryPaths(dataDir).briefings, { recursive: true });
});
afterEach(() => remove());

describe('schemaVersion migrations', () => {
  it('migrates a pre-release (version 0) file on read and writes the migrated file', async () => {
    const paths = libraryPaths(dataDir);
    const filePath = path.join(paths.briefings, `${fixtureId}.json`);
    await copyFile(fixture, filePath);
    const notices: AppNotice[] = [];
    const store = await BriefingStore.open(dataDir, notices);
    expect(notices).toEqual([]);
    const briefing = await store.get(fixtureId);
    expect(briefing).toMatchObject({
      schemaVersion: briefingFileVersion,
      revision: 4,
      createdAt: '2024-11-26T03:00:00.000Z',
      updatedAt: '2024-11-26T04:00:00.000Z',
      metadata: {
        title: 'Kharkiv: overnight drone strikes',
        datelinePlace: 'KHARKIV',
        authors: ['Dana Reyes'],
        tags: ['ukraine', 'drones', 'air defence'],
        status: 'in-review',
      },
    });
    expect(JSON.stringify(briefing.content)).toContain('Forty-two drones were launched overnight');
    const onDisk = JSON.parse(await readFile(filePath, 'utf8'));
    expect(onDisk.schemaVersion).toBe(briefingFileVersion);
    expect(await readdir(paths.migrationBackups)).toEqual([]);
    expect(store.list()).toEqual([expect.objectContaining({ id: fixtureId, status: 'in-review', wordCount: 18 })]);
  });

  it('puts the original back when a crash left a backup and a damaged migrated file', async () => {
    const paths = libraryPaths(dataDir);
    await mkdir(paths.migrationBackups, { recursive: true });
    await copyFile(fixture, path.join(paths.migrationBackups, `${fixtureId}.v0.json`));
    await writeFile(path.join(paths.briefings, `${fixtureId}.json`), '{"schemaVersion":1,"id":"0b7e');
    const store = await BriefingStore.open(dataDir, []);
    expect((await store.get(fixtureId)).metadata.title).toBe('Kharkiv: overnight drone strikes');
    expect(await readdir(paths.migrationBackups)).toEqual([]);
  });

  it('leaves a file from a newer Briefdesk untouched and says why it is not listed', async () => {
    const paths = libraryPaths(dataDir);
    const filePath = path.join(paths.briefings, 'future-briefing-0001.json');
    const text = JSON.stringify({ schemaVersion: briefingFileVersion + 1, id: 'future-briefing-0001', anything: true });
    await writeFile(filePath, text);
    const notices: AppNotice[] = [];
    const store = await BriefingStore.open(dataDir, notices);
    expect(store.list()).toEqual([]);
    expect(notices).toEqual([
      expect.objectContaining({ message: expect.stringContaining('newer version of Briefdesk') }),
    ]);
    expect(await readFile(filePath, 'utf8')).toBe(text);
  });
});
