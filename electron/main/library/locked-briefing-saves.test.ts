import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BriefingStatus } from '../../common/briefing/briefing-metadata';
import { BriefingStore } from './briefing-store';

let dataDir: string;
let store: BriefingStore;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-locked-'));
  store = await BriefingStore.open(dataDir, []);
});

afterEach(async () => {
  await store.close();
  await rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
});

const body = (text: string) => ({
  type: 'doc' as const,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

const briefingWithStatus = (status: BriefingStatus) =>
  store.create({ metadata: { title: 'Port strike', status, timeZone: 'Europe/Kyiv' }, content: body('Ships hit.') });

describe('saves to an approved or published briefing', () => {
  it.each(['approved', 'published'] as const)(
    'refuse a change of the text of a %s briefing, with a sentence',
    async (status) => {
      const locked = await briefingWithStatus(status);
      const attempt = store.save({ ...locked, content: body('Ships hit at dawn.') });
      await expect(attempt).rejects.toMatchObject({
        code: 'locked',
        message: `“Port strike” is ${status} and read-only, so this change was not saved. Start a new update from it, or unlock it for editing (Briefdesk records who unlocked it and when).`,
      });
      expect(await store.get(locked.id)).toEqual(locked);
    },
  );

  it('refuse a change of its details, such as the title or the sources', async () => {
    const locked = await briefingWithStatus('approved');
    await expect(
      store.save({ ...locked, metadata: { ...locked.metadata, title: 'Port strike, update' } }),
    ).rejects.toMatchObject({ code: 'locked' });
    const source = {
      id: 'source-1',
      name: 'Port authority',
      type: 'official',
      named: true,
      link: '',
      accessedAt: '',
      privateNote: '',
    } as const;
    await expect(store.save({ ...locked, metadata: { ...locked.metadata, sources: [source] } })).rejects.toMatchObject({
      code: 'locked',
    });
  });

  it('take a change of status alone, and the same text with its keys in another order', async () => {
    const locked = await briefingWithStatus('approved');
    const reordered = {
      content: [{ content: [{ text: 'Ships hit.', type: 'text' }], type: 'paragraph' }],
      type: 'doc' as const,
    };
    const published = await store.save({
      ...locked,
      content: reordered,
      metadata: { ...locked.metadata, status: 'published' },
    });
    expect(published.metadata.status).toBe('published');
    const draft = await store.save({ ...published, metadata: { ...published.metadata, status: 'draft' } });
    const edited = await store.save({ ...draft, content: body('Ships hit at dawn.') });
    expect(edited.revision).toBe(locked.revision + 3);
  });

  it('leave drafts and briefings in review editable', async () => {
    for (const status of ['draft', 'in-review'] as const) {
      const open = await briefingWithStatus(status);
      await expect(store.save({ ...open, content: body('Ships hit at dawn.') })).resolves.toMatchObject({
        revision: open.revision + 1,
      });
    }
  });
});

describe('unlocking an approved briefing', () => {
  it('records who and when in its metadata and its history, and then takes edits from the open editor', async () => {
    const locked = await briefingWithStatus('approved');
    const unlocked = await store.unlock(locked.id, 'Dana Reyes', new Date('2026-11-26T08:00:00Z'));
    expect(unlocked.metadata.unlocked).toEqual({ by: 'Dana Reyes', at: '2026-11-26T10:00:00+02:00[Europe/Kyiv]' });
    expect((await store.history.list(locked.id))[0]).toMatchObject({
      revision: locked.revision + 1,
      reason: 'unlocked',
      name: 'Unlocked by Dana Reyes',
    });

    // The editor still holds the revision and metadata it opened, with no unlock record in them.
    const edited = await store.save({ ...locked, content: body('Ships hit at dawn.') });
    expect(edited.metadata.unlocked).toEqual(unlocked.metadata.unlocked);
    expect(edited.content).toEqual(body('Ships hit at dawn.'));
  });

  it('lasts until the status changes: then the briefing is locked again', async () => {
    const locked = await briefingWithStatus('approved');
    await store.unlock(locked.id, 'Dana Reyes');
    const published = await store.save({ ...locked, metadata: { ...locked.metadata, status: 'published' } });
    expect(published.metadata.unlocked).toBeNull();
    await expect(store.save({ ...published, content: body('Ships hit at dawn.') })).rejects.toMatchObject({
      code: 'locked',
    });
  });

  it('changes nothing in a briefing that is not locked', async () => {
    const draft = await briefingWithStatus('draft');
    expect(await store.unlock(draft.id, 'Dana Reyes')).toEqual(draft);
    expect(await store.get(draft.id)).toEqual(draft);
  });
});

describe('other writes over an approved briefing', () => {
  it('refuse to restore unsaved text typed before it was approved, and write no history for it', async () => {
    const draft = await briefingWithStatus('draft');
    await store.writeJournal({
      briefingId: draft.id,
      revision: draft.revision,
      metadata: draft.metadata,
      content: body('Ships hit, typed before the crash.'),
    });
    // Briefdesk stops without saving; at the next start the text is offered, and the briefing is approved first.
    const crashed = store;
    store = await BriefingStore.open(dataDir, []);
    expect(await store.recovery.get(draft.id)).not.toBeNull();
    const approved = await store.save({ ...draft, metadata: { ...draft.metadata, status: 'approved' } });
    const historyBefore = await store.history.list(draft.id);
    await expect(store.recovery.restore(draft.id)).rejects.toMatchObject({ code: 'locked' });
    expect(await store.get(draft.id)).toEqual(approved);
    expect(await store.history.list(draft.id)).toEqual(historyBefore);
    await crashed.close();
  });

  it('refuse to keep the editor’s text over a version approved elsewhere, and make no conflict copy', async () => {
    const draft = await briefingWithStatus('draft');
    // Another machine approved it: the file on disk moved on without this store.
    const file = path.join(store.paths.briefings, `${draft.id}.json`);
    const stored = JSON.parse(await readFile(file, 'utf8'));
    await writeFile(
      file,
      JSON.stringify({ ...stored, revision: 2, metadata: { ...stored.metadata, status: 'approved' } }),
    );
    const mine = { id: draft.id, revision: 1, metadata: draft.metadata, content: body('Ships hit at dawn.') };
    await expect(store.conflicts.resolve({ ...mine, keep: 'mine' })).rejects.toMatchObject({ code: 'locked' });
    expect((await store.get(draft.id)).metadata.status).toBe('approved');
    expect((await store.search.search({ query: '', filters: {}, limit: 50 })).total).toBe(1);
  });
});
