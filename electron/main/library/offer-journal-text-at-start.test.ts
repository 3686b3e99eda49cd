import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { paragraphs, temporaryDataDirPerTest } from '../../../tests/support/library/library-fixtures';
import type { AppNotice } from '../../common/app-info';
import { BriefingStore } from './briefing-store';

const folder = temporaryDataDirPerTest();

/** A briefing saved once as "Saved." with `unsaved` typed on it and left in the recovery journal. */
async function briefingWithUnsavedText(unsaved: string) {
  const store = await BriefingStore.open(folder.dataDir, []);
  const created = await store.create({ metadata: { title: 'Flash' }, content: paragraphs('Saved.') });
  await store.writeJournal({
    briefingId: created.id,
    revision: 1,
    metadata: { ...created.metadata },
    content: paragraphs(unsaved),
  });
  return { store, created };
}

const messages = (notices: AppNotice[]) => notices.map((notice) => notice.message);

describe('the recovery journal at start', () => {
  it('offers unsaved text newer than the saved briefing beside it, and never applies it by itself', async () => {
    const store = await BriefingStore.open(folder.dataDir, []);
    const created = await store.create({ metadata: { title: 'Kharkiv update' }, content: paragraphs('Saved text.') });
    await store.writeJournal({
      briefingId: created.id,
      revision: created.revision,
      metadata: { ...created.metadata, tags: ['energy'] },
      content: paragraphs('Saved text.', 'Typed just before the crash.'),
    });
    // No save and no close: the process "crashes" here.
    const notices: AppNotice[] = [];
    const reopened = await BriefingStore.open(folder.dataDir, notices);
    expect(await reopened.get(created.id)).toMatchObject({ revision: 1, content: paragraphs('Saved text.') });
    expect(messages(notices)).toEqual([
      expect.stringMatching(
        /^Unsaved text of “Kharkiv update” from \d\d:\d\d UTC was found after Briefdesk closed without saving it\. Open the briefing to restore, compare or discard it\.$/,
      ),
    ]);
    expect(await readdir(reopened.paths.journal)).toEqual([]);
    const offered = await reopened.recovery.get(created.id);
    expect(offered).toMatchObject({ briefingId: created.id, revision: 1, addedWords: 5, removedWords: 0 });
    expect(offered?.parts.filter((part) => part.kind === 'added').map((part) => part.text.trim())).toEqual([
      'Typed just before the crash.',
    ]);
    expect(offered?.metadataChanges).toEqual([{ field: 'tags', label: 'Tags', current: 'none', other: 'energy' }]);

    // Still offered after another start, until the user chooses.
    const again = await BriefingStore.open(folder.dataDir, []);
    const restored = await again.recovery.restore(created.id);
    expect(restored).toMatchObject({ revision: 2, content: paragraphs('Saved text.', 'Typed just before the crash.') });
    expect(restored.metadata.tags).toEqual(['energy']);
    expect(await again.recovery.get(created.id)).toBeNull();
    const reasons = (await again.history.list(created.id)).map((entry) => entry.reason);
    expect(reasons).toEqual(expect.arrayContaining(['recovered', 'before-restore']));
  });

  it('drops text typed on a revision older than the saved one: a newer save always wins', async () => {
    const store = await BriefingStore.open(folder.dataDir, []);
    const created = await store.create({ metadata: { title: 'Port strike' }, content: paragraphs('Base.') });
    // Window A saves; window B, still on revision 1, keeps typing into the journal afterwards.
    await store.save({ id: created.id, revision: 1, metadata: created.metadata, content: paragraphs('A saved.') });
    await store.writeJournal({
      briefingId: created.id,
      revision: 1,
      metadata: { ...created.metadata },
      content: paragraphs('B typed on the old revision.'),
    });
    const notices: AppNotice[] = [];
    const reopened = await BriefingStore.open(folder.dataDir, notices);
    expect(notices).toEqual([]);
    expect(await reopened.get(created.id)).toMatchObject({ revision: 2, content: paragraphs('A saved.') });
    expect(await reopened.recovery.get(created.id)).toBeNull();
    expect(await readdir(reopened.paths.journal)).toEqual([]);
  });

  it('never brings discarded text back', async () => {
    const { created } = await briefingWithUnsavedText('Unsaved, then discarded.');
    const reopened = await BriefingStore.open(folder.dataDir, []);
    expect(await reopened.recovery.get(created.id)).not.toBeNull();
    await reopened.recovery.discard(created.id);
    expect(await reopened.recovery.get(created.id)).toBeNull();
    const notices: AppNotice[] = [];
    const third = await BriefingStore.open(folder.dataDir, notices);
    expect(notices).toEqual([]);
    expect(await third.recovery.get(created.id)).toBeNull();
    expect(JSON.stringify(await third.get(created.id))).not.toContain('discarded');
    await expect(third.recovery.restore(created.id)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('drops an offer once the briefing was saved again on a later revision', async () => {
    const { created } = await briefingWithUnsavedText('Offered.');
    const reopened = await BriefingStore.open(folder.dataDir, []);
    await reopened.save({ id: created.id, revision: 1, metadata: created.metadata, content: paragraphs('Newer.') });
    const third = await BriefingStore.open(folder.dataDir, []);
    expect(await third.recovery.get(created.id)).toBeNull();
  });

  it('is cleared by a save of the same text, so nothing is offered', async () => {
    const store = await BriefingStore.open(folder.dataDir, []);
    const created = await store.create({ metadata: { title: 'Brief' } });
    const text = paragraphs('Typed and saved.');
    await store.writeJournal({ briefingId: created.id, revision: 1, metadata: { ...created.metadata }, content: text });
    await store.save({ id: created.id, revision: 1, metadata: created.metadata, content: text });
    // The entry of saved text is cleared just after the save's reply.
    await store.settled();
    expect(await readdir(store.paths.journal)).toEqual([]);
    const notices: AppNotice[] = [];
    const reopened = await BriefingStore.open(folder.dataDir, notices);
    expect((await reopened.get(created.id)).revision).toBe(2);
    expect(notices).toEqual([]);
  });

  it('keeps text typed while a save was running, as typed on the revision that save wrote', async () => {
    const store = await BriefingStore.open(folder.dataDir, []);
    const created = await store.create({});
    const saving = store.save({ id: created.id, revision: 1, metadata: created.metadata, content: paragraphs('One') });
    await store.writeJournal({
      briefingId: created.id,
      revision: 1,
      metadata: { ...created.metadata },
      content: paragraphs('One', 'Two'),
    });
    await saving;
    expect(await readdir(store.paths.journal)).toEqual([`${created.id}.json`]);
    const reopened = await BriefingStore.open(folder.dataDir, []);
    expect(await reopened.recovery.get(created.id)).toMatchObject({ revision: 2, addedWords: 1 });
  });

  it('goes with its briefing to the trash', async () => {
    const { created } = await briefingWithUnsavedText('Offered.');
    const reopened = await BriefingStore.open(folder.dataDir, []);
    await reopened.trash.moveToTrash(created.id);
    await reopened.trash.restore(created.id);
    expect(await reopened.recovery.get(created.id)).toBeNull();
  });

  it('refuses text for a briefing that does not exist', async () => {
    const store = await BriefingStore.open(folder.dataDir, []);
    await expect(
      store.writeJournal({
        briefingId: '00000000-0000-4000-8000-000000000000',
        revision: 1,
        metadata: {},
        content: paragraphs('x'),
      }),
    ).rejects.toMatchObject({ code: 'not-found' });
  });

  it('drops an entry that says what the file already says, and offers nothing', async () => {
    const { created } = await briefingWithUnsavedText('Saved.');
    const notices: AppNotice[] = [];
    const reopened = await BriefingStore.open(folder.dataDir, notices);
    expect(notices).toEqual([]);
    expect(await reopened.recovery.get(created.id)).toBeNull();
    expect(await readdir(reopened.paths.journal)).toEqual([]);
  });

  it('sets damaged or misnamed journal files aside with a notice each', async () => {
    const store = await BriefingStore.open(folder.dataDir, []);
    const created = await store.create({ metadata: { title: 'Flash' } });
    await store.close();
    await mkdir(store.paths.journal, { recursive: true });
    await writeFile(path.join(store.paths.journal, `${created.id}.json`), '{"briefingId":');
    await writeFile(path.join(store.paths.journal, 'notes.json'), '{}');
    const notices: AppNotice[] = [];
    const reopened = await BriefingStore.open(folder.dataDir, notices);
    expect(messages(notices)).toEqual([
      expect.stringMatching(/^Damaged unsaved text was set aside: .*quarantine/),
      expect.stringMatching(/^Damaged unsaved text was set aside: .*quarantine/),
    ]);
    expect(await readdir(reopened.paths.journal)).toEqual([]);
  });

  it('keeps the text of a trashed briefing with it, and drops the text of one that is gone', async () => {
    const store = await BriefingStore.open(folder.dataDir, []);
    const trashed = await store.create({ metadata: { title: 'Trashed' } });
    const gone = await store.create({ metadata: { title: 'Gone' } });
    for (const briefing of [trashed, gone]) {
      await store.writeJournal({
        briefingId: briefing.id,
        revision: 1,
        metadata: { ...briefing.metadata },
        content: paragraphs('Typed.'),
      });
    }
    await store.trash.moveToTrash(trashed.id);
    await store.writeJournal({
      briefingId: gone.id,
      revision: 1,
      metadata: { ...gone.metadata },
      content: paragraphs('Typed.'),
    });
    await store.close();
    await rm(path.join(store.paths.briefings, `${gone.id}.json`));
    // A journal entry for a trashed briefing can only be planted: moving to the trash clears it.
    await writeFile(
      path.join(store.paths.journal, `${trashed.id}.json`),
      JSON.stringify({
        briefingId: trashed.id,
        revision: 1,
        writtenAt: new Date().toISOString(),
        metadata: {},
        content: paragraphs('Typed.'),
      }),
    );
    const reopened = await BriefingStore.open(folder.dataDir, []);
    expect(await readdir(reopened.paths.journal)).toEqual([`${trashed.id}.json`]);
  });
});

describe('the journal after a save', () => {
  it('keeps text that arrives while the entry of saved text is being cleared after the reply', async () => {
    const store = await BriefingStore.open(folder.dataDir, []);
    const created = await store.create({});
    await store.writeJournal({ briefingId: created.id, revision: 1, metadata: {}, content: paragraphs('One') });
    const saved = await store.save({
      id: created.id,
      revision: 1,
      metadata: created.metadata,
      content: paragraphs('One'),
    });
    await store.writeJournal({ briefingId: created.id, revision: 2, metadata: {}, content: paragraphs('One', 'Two') });
    await store.settled();
    expect(await store.journal.readAll()).toEqual({
      entries: [expect.objectContaining({ revision: saved.revision, content: paragraphs('One', 'Two') })],
      damaged: [],
    });
    await store.close();
  });

  it('is not cleared by a save older than its newest text', async () => {
    const store = await BriefingStore.open(folder.dataDir, []);
    const created = await store.create({});
    await store.journal.write({ briefingId: created.id, revision: 1, metadata: {}, content: paragraphs('First') });
    const generation = store.journal.generation(created.id);
    await store.journal.write({ briefingId: created.id, revision: 1, metadata: {}, content: paragraphs('Second') });
    await store.journal.clear(created.id, generation);
    expect(await readFile(store.journal.filePath(created.id), 'utf8')).toContain('Second');
    await store.journal.clear(created.id);
    expect(await readdir(store.paths.journal)).toEqual([]);
  });

  it('leaves text typed on another revision as it was', async () => {
    const store = await BriefingStore.open(folder.dataDir, []);
    const created = await store.create({});
    await store.save({ id: created.id, revision: 1, metadata: created.metadata, content: paragraphs('One') });
    const generation = store.journal.generation(created.id);
    await store.journal.write({ briefingId: created.id, revision: 7, metadata: {}, content: paragraphs('Other') });
    await store.journal.saved(created.id, generation, 2, 3);
    expect(JSON.parse(await readFile(store.journal.filePath(created.id), 'utf8'))).toMatchObject({ revision: 7 });
    await store.journal.write({ briefingId: created.id, revision: 2, metadata: {}, content: paragraphs('Moved on') });
    await store.journal.saved(created.id, generation, 2, 3);
    expect(JSON.parse(await readFile(store.journal.filePath(created.id), 'utf8'))).toMatchObject({ revision: 3 });
    await store.journal.saved(created.id, store.journal.generation(created.id), 3, 4);
    expect(await readdir(store.paths.journal)).toEqual([]);
  });
});
