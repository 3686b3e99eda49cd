import { readdir, readFile, rm, stat, truncate, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { paragraphs, temporaryDataDirPerTest } from '../../../tests/support/library/library-fixtures';
import type { AppNotice } from '../../common/app-info';
import type { Briefing } from '../../common/briefing/briefing';
import { BriefingFiles } from './briefing-files';
import { BriefingStore } from './briefing-store';

const folder = temporaryDataDirPerTest();

describe('opening a damaged library', () => {
  it('quarantines 50 corrupted or truncated files with a notice each, opens the rest, touches nothing else', async () => {
    const store = await BriefingStore.open(folder.dataDir, []);
    const created = [];
    for (let index = 0; index < 60; index += 1) {
      created.push(
        await store.create({
          metadata: { title: `Briefing ${index}` },
          content: paragraphs(`Report number ${index}.`),
        }),
      );
    }
    await store.close();
    const damaged = created.slice(0, 50);
    const healthy = created.slice(50);
    for (const [position, briefing] of damaged.entries()) {
      const filePath = path.join(store.paths.briefings, `${briefing.id}.json`);
      if (position % 3 === 0) await truncate(filePath, 20 + position);
      else if (position % 3 === 1) await writeFile(filePath, '\u0000\u0000garbage');
      else await writeFile(filePath, JSON.stringify({ schemaVersion: 1, id: briefing.id, revision: 'x' }));
    }
    const before = new Map<string, { bytes: string; mtimeMs: number }>();
    for (const briefing of healthy) {
      const filePath = path.join(store.paths.briefings, `${briefing.id}.json`);
      before.set(briefing.id, { bytes: await readFile(filePath, 'utf8'), mtimeMs: (await stat(filePath)).mtimeMs });
    }
    const notices: AppNotice[] = [];
    const reopened = await BriefingStore.open(folder.dataDir, notices);
    expect(
      reopened
        .list()
        .map((row) => row.id)
        .sort(),
    ).toEqual(healthy.map((briefing) => briefing.id).sort());
    expect(notices).toHaveLength(50);
    for (const briefing of damaged) {
      expect(
        notices.some((notice) => notice.level === 'warning' && notice.message.includes(`${briefing.id}.json`)),
      ).toBe(true);
    }
    expect(await readdir(path.join(folder.dataDir, 'quarantine'))).toHaveLength(50);
    for (const briefing of healthy) {
      const filePath = path.join(store.paths.briefings, `${briefing.id}.json`);
      expect(await readFile(filePath, 'utf8')).toBe(before.get(briefing.id)?.bytes);
      expect((await stat(filePath)).mtimeMs).toBe(before.get(briefing.id)?.mtimeMs);
      expect((await reopened.get(briefing.id)).content).toEqual(briefing.content);
    }
    await reopened.close();
  });

  it('rebuilds a missing index from the files', async () => {
    const store = await BriefingStore.open(folder.dataDir, []);
    const first = await store.create({ metadata: { title: 'Flash alert' } });
    const second = await store.create({ metadata: { title: 'Daily brief', tags: ['sahel'] } });
    await store.close();
    await writeFile(store.paths.indexRows, '');
    const reopened = await BriefingStore.open(folder.dataDir, []);
    expect(
      reopened
        .list()
        .map((row) => row.id)
        .sort(),
    ).toEqual([first.id, second.id].sort());
    expect(reopened.list().find((row) => row.id === second.id)?.tags).toEqual(['sahel']);
  });

  it('refreshes a stale index entry when the file is newer than the entry', async () => {
    const store = await BriefingStore.open(folder.dataDir, []);
    const created = await store.create({ metadata: { title: 'Old title' } });
    await store.close();
    const filePath = path.join(store.paths.briefings, `${created.id}.json`);
    const edited = { ...created, revision: 2, metadata: { ...created.metadata, title: 'Changed by a sync tool' } };
    await writeFile(filePath, JSON.stringify(edited));
    const later = new Date(Date.now() + 5000);
    await utimes(filePath, later, later);
    const reopened = await BriefingStore.open(folder.dataDir, []);
    expect(reopened.list()[0]).toMatchObject({ id: created.id, title: 'Changed by a sync tool', revision: 2 });
  });

  it('removes temporary files left by an interrupted write and never lists them', async () => {
    const store = await BriefingStore.open(folder.dataDir, []);
    const created = await store.create({ metadata: { title: 'Kept' } });
    await store.close();
    const leftover = path.join(store.paths.briefings, `.${created.id}.json.0123456789ab.tmp`);
    await writeFile(leftover, '{"half');
    const crashed = new Date(Date.now() - 5 * 60_000);
    await utimes(leftover, crashed, crashed);
    const notices: AppNotice[] = [];
    const reopened = await BriefingStore.open(folder.dataDir, notices);
    expect(await readdir(store.paths.briefings)).toEqual([`${created.id}.json`]);
    expect(reopened.list()).toHaveLength(1);
    expect(notices).toEqual([]);
  });

  it('leaves alone the temporary file of a write still under way while the library is checked', async () => {
    const store = await BriefingStore.open(folder.dataDir, []);
    const created = await store.create({ metadata: { title: 'Kept' } });
    await store.close();
    // Another Briefdesk process (the command line) is writing this briefing as the app starts.
    const writing = path.join(store.paths.briefings, `.${created.id}.json.0123456789ab.tmp`);
    const inRoot = path.join(store.paths.root, '.library-index.json.0123456789ab.tmp');
    await writeFile(writing, '{"half');
    await writeFile(inRoot, '{"half');
    const reopened = await BriefingStore.open(folder.dataDir, []);
    expect((await readdir(store.paths.briefings)).sort()).toEqual([
      `.${created.id}.json.0123456789ab.tmp`,
      `${created.id}.json`,
    ]);
    expect(await readdir(store.paths.root)).toContain('.library-index.json.0123456789ab.tmp');
    expect(reopened.list()).toHaveLength(1);
    await reopened.close();
  });
});

describe('the start-up check while the library is in use', () => {
  it('keeps the row of a briefing created after it listed the folder, and still drops a row whose file is gone', async () => {
    const store = await BriefingStore.open(folder.dataDir, []);
    const changedElsewhere = await store.create({ metadata: { title: 'Changed by a sync tool' } });
    const deletedElsewhere = await store.create({ metadata: { title: 'Deleted by a sync tool' } });
    await store.close();
    // A changed file makes the check read it: the moment, after the listing, at which a briefing is created here.
    const changedPath = path.join(store.paths.briefings, `${changedElsewhere.id}.json`);
    await writeFile(changedPath, JSON.stringify({ ...changedElsewhere, revision: 2 }));
    const later = new Date(Date.now() + 5000);
    await utimes(changedPath, later, later);
    await rm(path.join(store.paths.briefings, `${deletedElsewhere.id}.json`));
    let reopened: BriefingStore | undefined;
    let createdDuringCheck: Promise<Briefing> | undefined;
    const read = BriefingFiles.prototype.read;
    vi.spyOn(BriefingFiles.prototype, 'read').mockImplementation(async function (this: BriefingFiles, id: string) {
      if (id === changedElsewhere.id && reopened && !createdDuringCheck) {
        createdDuringCheck = reopened.create({ metadata: { title: 'Created during the check' } });
        await createdDuringCheck;
      }
      return read.call(this, id);
    });
    reopened = await BriefingStore.open(folder.dataDir, [], undefined, { checkInBackground: true });
    await reopened.checked();
    vi.restoreAllMocks();
    expect(createdDuringCheck).toBeDefined();
    const created = await createdDuringCheck;
    expect(
      reopened
        .list()
        .map((summary) => summary.title)
        .sort(),
    ).toEqual(['Changed by a sync tool', 'Created during the check']);
    expect(reopened.list().find((summary) => summary.id === created?.id)).toBeDefined();
    await reopened.close();
  });
});
