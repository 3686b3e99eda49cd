import { readFile, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { paragraphs, temporaryDataDirPerTest } from '../../../tests/support/library/library-fixtures';
import { BriefingStore } from './briefing-store';

const folder = temporaryDataDirPerTest();

async function changeOnDisk(store: BriefingStore, id: string, text: string, keepRevision: boolean) {
  const filePath = path.join(store.paths.briefings, `${id}.json`);
  const stored = JSON.parse(await readFile(filePath, 'utf8'));
  stored.content = paragraphs(text);
  if (!keepRevision) stored.revision += 1;
  await writeFile(filePath, JSON.stringify(stored));
}

describe('a briefing changed on disk by another program', () => {
  it('is detected before it is overwritten, even when its revision number did not change', async () => {
    const store = await BriefingStore.open(folder.dataDir, []);
    const created = await store.create({ metadata: { title: 'Peace talks tracker' }, content: paragraphs('Ours') });
    await changeOnDisk(store, created.id, 'Written by the sync tool', true);
    await expect(
      store.save({ id: created.id, revision: 1, metadata: created.metadata, content: paragraphs('Mine') }),
    ).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('“Peace talks tracker” was changed outside Briefdesk'),
    });
    expect(await readFile(path.join(store.paths.briefings, `${created.id}.json`), 'utf8')).toContain(
      'Written by the sync tool',
    );
    expect(await store.conflicts.info(created.id)).toMatchObject({
      onDisk: { revision: 1, title: 'Peace talks tracker' },
      lastSeen: { revision: 1 },
    });
  });

  it('is not seen when a program only touched the file it last wrote, leaving its text as it was', async () => {
    const store = await BriefingStore.open(folder.dataDir, []);
    const created = await store.create({ metadata: { title: 'Ferry routes' }, content: paragraphs('Ours') });
    const saved = await store.save({
      id: created.id,
      revision: 1,
      metadata: created.metadata,
      content: paragraphs('Mine'),
    });
    const later = new Date(Date.now() + 60_000);
    await utimes(path.join(store.paths.briefings, `${created.id}.json`), later, later);
    const next = {
      id: created.id,
      revision: saved.revision,
      metadata: saved.metadata,
      content: paragraphs('Mine, again'),
    };
    await expect(store.save(next)).resolves.toMatchObject({ revision: saved.revision + 1 });
    await store.close();
  });

  it('keeps mine and saves the other version as a conflict copy', async () => {
    const store = await BriefingStore.open(folder.dataDir, []);
    const created = await store.create({ metadata: { title: 'Sitrep 12' }, content: paragraphs('Ours') });
    await changeOnDisk(store, created.id, 'Theirs', false);
    const changes = { id: created.id, revision: 1, metadata: created.metadata, content: paragraphs('Mine') };
    await expect(store.save(changes)).rejects.toMatchObject({ code: 'conflict' });
    const { briefing, conflictCopy } = await store.conflicts.resolve({ ...changes, keep: 'mine' });
    expect(briefing).toMatchObject({ revision: 3, content: paragraphs('Mine') });
    expect(conflictCopy?.title).toBe('Sitrep 12 (conflict copy)');
    expect((await store.get(conflictCopy?.id ?? '')).content).toEqual(paragraphs('Theirs'));
    const history = await store.history.list(created.id);
    const replaced = history.find((entry) => entry.reason === 'before-conflict-choice');
    expect((await store.history.get(created.id, replaced?.revisionId ?? '')).briefing.content).toEqual(
      paragraphs('Theirs'),
    );
    // The editor goes on from the resolved revision.
    await expect(store.save({ ...changes, revision: 3, content: paragraphs('Mine, more') })).resolves.toMatchObject({
      revision: 4,
    });
  });

  it('keeps theirs and saves my text as a conflict copy', async () => {
    const store = await BriefingStore.open(folder.dataDir, []);
    const created = await store.create({ metadata: { title: 'Flash' }, content: paragraphs('Ours') });
    await changeOnDisk(store, created.id, 'Theirs', false);
    const changes = { id: created.id, revision: 1, metadata: created.metadata, content: paragraphs('Mine') };
    const { briefing, conflictCopy } = await store.conflicts.resolve({ ...changes, keep: 'theirs' });
    expect(briefing).toMatchObject({ revision: 2, content: paragraphs('Theirs') });
    expect((await store.get(conflictCopy?.id ?? '')).content).toEqual(paragraphs('Mine'));
    expect(
      store
        .list()
        .map((row) => row.title)
        .sort(),
    ).toEqual(['Flash', 'Flash (conflict copy)']);
  });

  it('discards mine only when asked to, and the discarded text never comes back after a restart', async () => {
    const store = await BriefingStore.open(folder.dataDir, []);
    const created = await store.create({ metadata: { title: 'Two windows' }, content: paragraphs('Base') });
    // Window A saves; window B, on revision 1, types (into the journal) and hits the conflict.
    await store.save({ id: created.id, revision: 1, metadata: created.metadata, content: paragraphs('A saved') });
    const mine = { id: created.id, revision: 1, metadata: created.metadata, content: paragraphs('B typed') };
    await store.writeJournal({
      briefingId: created.id,
      revision: 1,
      metadata: { ...created.metadata },
      content: mine.content,
    });
    await expect(store.save(mine)).rejects.toMatchObject({ code: 'conflict' });
    const { briefing, conflictCopy } = await store.conflicts.resolve({ ...mine, keep: 'discard-mine' });
    expect(briefing).toMatchObject({ revision: 2, content: paragraphs('A saved') });
    expect(conflictCopy).toBeNull();
    expect(store.list().map((row) => row.title)).toEqual(['Two windows']);
    await store.close();

    const notices: { message: string }[] = [];
    const reopened = await BriefingStore.open(folder.dataDir, notices as never);
    expect(notices).toEqual([]);
    expect(await reopened.get(created.id)).toMatchObject({ revision: 2, content: paragraphs('A saved') });
    expect(await reopened.recovery.get(created.id)).toBeNull();
    expect(JSON.stringify(await reopened.history.list(created.id))).not.toContain('recovered');
  });

  it('keeps theirs with my text as a copy, and my journal text is not offered again at start', async () => {
    const store = await BriefingStore.open(folder.dataDir, []);
    const created = await store.create({ metadata: { title: 'Flash' }, content: paragraphs('Ours') });
    await changeOnDisk(store, created.id, 'Theirs', true);
    const changes = { id: created.id, revision: 1, metadata: created.metadata, content: paragraphs('Mine') };
    await store.writeJournal({
      briefingId: created.id,
      revision: 1,
      metadata: { ...created.metadata },
      content: changes.content,
    });
    await store.conflicts.resolve({ ...changes, keep: 'theirs' });
    const reopened = await BriefingStore.open(folder.dataDir, []);
    expect(await reopened.recovery.get(created.id)).toBeNull();
    expect((await reopened.get(created.id)).content).toEqual(paragraphs('Theirs'));
  });

  it('keeps the version chosen in a conflict in the history, so a later outside change cannot erase it', async () => {
    // The shrunk counterexample of the library's model-based test.
    const store = await BriefingStore.open(folder.dataDir, []);
    const created = await store.create({ metadata: { title: 'Sitrep' }, content: paragraphs('Ours') });
    await changeOnDisk(store, created.id, 'Theirs', false);
    const changes = { id: created.id, revision: 1, metadata: created.metadata, content: paragraphs('Mine') };
    await store.conflicts.resolve({ ...changes, keep: 'mine' });
    await changeOnDisk(store, created.id, 'Theirs again', false);
    const history = await store.history.list(created.id);
    const chosen = history.find((entry) => entry.reason === 'conflict-choice');
    expect((await store.history.get(created.id, chosen?.revisionId ?? '')).briefing.content).toEqual(
      paragraphs('Mine'),
    );
  });
});
