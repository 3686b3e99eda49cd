import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { paragraphs, temporaryDataDir } from '../../../tests/support/library/library-fixtures';
import type { RevisionEntry } from '../../common/library/library-types';
import { BriefingStore } from './briefing-store';
import { revisionsToKeep } from './revision-retention';
import { editingSnapshotIntervalMs } from './revision-snapshot-store';

let dataDir: string;
let remove: () => Promise<void>;

beforeEach(async () => {
  ({ dataDir, remove } = await temporaryDataDir());
});
afterEach(async () => {
  vi.useRealTimers();
  await remove();
});

const hour = 60 * 60 * 1000;

function entryAt(time: number, revision: number): RevisionEntry {
  const savedAt = new Date(time).toISOString();
  return { revisionId: `${savedAt}-r${revision}`, revision, savedAt, reason: 'editing', title: '', wordCount: 0 };
}

describe('revision retention', () => {
  it('keeps all of the last day, one per hour for a week, one per day for a month', () => {
    const now = Date.UTC(2026, 10, 26, 12);
    const entries: RevisionEntry[] = [];
    let revision = 0;
    // Every 20 minutes for 40 days.
    for (let time = now - 40 * 24 * hour; time <= now; time += hour / 3) entries.push(entryAt(time, ++revision));
    const keep = revisionsToKeep(entries, now);
    const kept = entries.filter((entry) => keep.has(entry.revisionId));
    const age = (entry: RevisionEntry) => now - Date.parse(entry.savedAt);
    expect(kept.filter((entry) => age(entry) <= 24 * hour)).toHaveLength(73);
    expect(kept.filter((entry) => age(entry) > 24 * hour && age(entry) <= 7 * 24 * hour)).toHaveLength(6 * 24);
    const daily = kept.filter((entry) => age(entry) > 7 * 24 * hour);
    expect(daily.length).toBeGreaterThanOrEqual(23);
    expect(daily.length).toBeLessThanOrEqual(24);
    expect(kept.every((entry) => age(entry) <= 30 * 24 * hour)).toBe(true);
  });

  it('keeps the last snapshot of every editing session and every named version, however old', () => {
    const now = Date.UTC(2026, 10, 26);
    const minute = 60 * 1000;
    // Two sessions 100 and 90 days ago, each of ten snapshots a minute apart, and one named version.
    const session = (start: number, first: number) =>
      Array.from({ length: 10 }, (_, index) => entryAt(start + index * minute, first + index));
    const older = session(now - 100 * 24 * hour, 1);
    const newer = session(now - 90 * 24 * hour, 11);
    const named = { ...(older[3] as RevisionEntry), name: 'Sent to desk' };
    const keep = revisionsToKeep([...older.slice(0, 3), named, ...older.slice(4), ...newer], now);
    expect([...keep].sort()).toEqual([named.revisionId, older[9]?.revisionId, newer[9]?.revisionId].sort());
  });
});

describe('revision history of a briefing', () => {
  it('snapshots at creation, at most once a minute while editing, and on every status change', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2026, 10, 26, 8));
    const store = await BriefingStore.open(dataDir, []);
    let briefing = await store.create({ metadata: { title: 'Daily brief' }, content: paragraphs('v1') });
    const save = async (text: string, status = briefing.metadata.status) => {
      briefing = await store.save({
        id: briefing.id,
        revision: briefing.revision,
        metadata: { ...briefing.metadata, status },
        content: paragraphs(text),
      });
    };
    for (let edit = 2; edit <= 6; edit += 1) {
      vi.setSystemTime(Date.now() + 30_000);
      await save(`v${edit}`);
    }
    vi.setSystemTime(Date.now() + editingSnapshotIntervalMs);
    await save('v7');
    vi.setSystemTime(Date.now() + 1000);
    await save('v8', 'in-review');
    const reasons = (await store.history.list(briefing.id)).map((entry) => `${entry.revision}:${entry.reason}`);
    expect(reasons).toEqual(['8:status-change', '7:editing', '5:editing', '3:editing', '1:created']);
  });

  it('restores an older revision after keeping the current text, and diffs word by word', async () => {
    const store = await BriefingStore.open(dataDir, []);
    const first = await store.create({
      metadata: { title: 'Targeted areas' },
      content: paragraphs('Kharkiv: power outages.', 'Odesa: port hit.'),
    });
    const edited = await store.save({
      id: first.id,
      revision: 1,
      metadata: first.metadata,
      content: paragraphs('Kharkiv: power outages and water cuts.', 'Dnipro: no damage reported.'),
    });
    const original = (await store.history.list(first.id)).find((entry) => entry.revision === 1);
    expect(original?.reason).toBe('created');
    const diff = await store.history.diff(first.id, original?.revisionId ?? '');
    expect(diff.parts.filter((part) => part.kind === 'added').map((part) => part.text.trim())).toEqual(
      expect.arrayContaining([expect.stringContaining('water cuts'), expect.stringContaining('Dnipro')]),
    );
    expect(diff.parts.filter((part) => part.kind === 'removed').map((part) => part.text)).toEqual(
      expect.arrayContaining([expect.stringContaining('Odesa')]),
    );
    expect(diff.addedWords).toBeGreaterThan(0);
    expect(diff.removedWords).toBe(3);
    const restored = await store.history.restore(first.id, original?.revisionId ?? '');
    expect(restored).toMatchObject({ revision: edited.revision + 1, content: first.content });
    expect((await store.get(first.id)).content).toEqual(first.content);
    const [latest, beforeRestore] = await store.history.list(first.id);
    expect([latest?.reason, beforeRestore?.reason]).toEqual(['restored', 'before-restore']);
    const view = await store.history.get(first.id, beforeRestore?.revisionId ?? '');
    expect(view.briefing.content).toEqual(edited.content);
  });

  it('says when a revision is no longer kept', async () => {
    const store = await BriefingStore.open(dataDir, []);
    const created = await store.create({});
    await expect(store.history.get(created.id, '20260101T000000000Z-r9')).rejects.toMatchObject({ code: 'not-found' });
  });
});
