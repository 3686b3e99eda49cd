import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { paragraphs, temporaryDataDir } from '../../../../tests/support/library/library-fixtures';
import type { Briefing } from '../../../common/briefing/briefing';
import { BriefingStore } from '../briefing-store';

let dataDir: string;
let remove: () => Promise<void>;

beforeEach(async () => {
  ({ dataDir, remove } = await temporaryDataDir());
});
afterEach(async () => {
  vi.useRealTimers();
  await remove();
});

async function storeWithBriefing(text = 'v1') {
  const store = await BriefingStore.open(dataDir, []);
  let briefing = await store.create({ metadata: { title: 'Daily brief' }, content: paragraphs(text) });
  const save = async (next: string, status: Briefing['metadata']['status'] = briefing.metadata.status) => {
    briefing = await store.save({
      id: briefing.id,
      revision: briefing.revision,
      metadata: { ...briefing.metadata, status },
      content: paragraphs(next),
    });
    return briefing;
  };
  return { store, id: briefing.id, save };
}

describe('history an editor can use', () => {
  it('keeps a revision for every minute of a ten-minute editing session', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2026, 10, 26, 8));
    const { store, id, save } = await storeWithBriefing();
    // A save every 20 seconds for ten minutes.
    for (let edit = 2; edit <= 31; edit += 1) {
      vi.setSystemTime(Date.now() + 20_000);
      await save(`v${edit}`);
    }
    const revisions = await store.history.list(id);
    expect(revisions.length).toBeGreaterThanOrEqual(10);
    expect(revisions[0]?.revision).toBe(31);
  });

  it('lists each revision once, however many times it was snapshotted', async () => {
    const { store, id, save } = await storeWithBriefing();
    await save('v2');
    const first = await store.history.list(id);
    const older = first.find((entry) => entry.revision === 1);
    // A restore snapshots the current revision again ("before a restore"), then restores.
    await store.history.restore(id, older?.revisionId ?? '');
    await store.history.name(id, 'Sent to desk');
    await store.history.name(id, 'Approved');
    const revisions = (await store.history.list(id)).map((entry) => entry.revision);
    expect(new Set(revisions).size).toBe(revisions.length);
  });

  it('names the newest revision, keeps the name when it is snapshotted again, and names status changes', async () => {
    const { store, id, save } = await storeWithBriefing();
    await save('Text for the desk.');
    const named = await store.history.name(id, '  Before the editor’s pass  ');
    expect(named).toMatchObject({ revision: 2, name: 'Before the editor’s pass', reason: 'named' });
    await save('Sent.', 'in-review');
    await save('Approved text.', 'approved');
    const listed = (await store.history.list(id)).map((entry) => [entry.revision, entry.name]);
    expect(listed).toEqual([
      [4, 'Approved'],
      [3, 'Sent to desk'],
      [2, 'Before the editor’s pass'],
      [1, undefined],
    ]);
  });

  it('compares any two revisions, or one with the current text, side by side with their details', async () => {
    const { store, id, save } = await storeWithBriefing('Kharkiv: power outages.');
    const [created] = await store.history.list(id);
    await save('Kharkiv: power outages and water cuts.', 'in-review');
    const comparison = await store.history.compare(id, created?.revisionId ?? '', 'current');
    expect(comparison.older.label).toBe('Revision 1');
    expect(comparison.newer.label).toBe('Current text (revision 2)');
    expect(comparison.newerBlocks).toEqual([
      {
        kind: 'changed',
        title: 'Kharkiv: power outages and water cuts.',
        parts: [
          { kind: 'same', text: 'Kharkiv: power outages' },
          { kind: 'added', text: ' and water cuts' },
          { kind: 'same', text: '.' },
        ],
      },
    ]);
    expect(comparison.metadata).toEqual([{ field: 'status', label: 'Status', older: 'Draft', newer: 'In review' }]);
    const [sent] = await store.history.list(id);
    expect(sent?.name).toBe('Sent to desk');
    const reverse = await store.history.compare(id, sent?.revisionId ?? '', created?.revisionId ?? '');
    expect(reverse.older.label).toBe('Revision 2 “Sent to desk”');
    expect(reverse.removedWords).toBe(3);
  });
});
