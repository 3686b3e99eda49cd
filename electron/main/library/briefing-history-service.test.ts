import { describe, expect, it } from 'vitest';
import { paragraphs, temporaryDataDirPerTest } from '../../../tests/support/library/library-fixtures';
import { BriefingStore } from './briefing-store';

const folder = temporaryDataDirPerTest();

const laterMetadata = {
  title: 'Grain corridor',
  classification: { level: 'confidential' as const, customLabel: '' },
  embargoUntil: '2026-12-02T06:00:00+02:00[Europe/Kyiv]',
  nextUpdate: '2026-12-02T12:00:00+02:00[Europe/Kyiv]',
  tags: ['shipping', 'ukraine'],
  desk: 'Europe',
  authors: ['Dana Reyes', 'Amira Haddad'],
  status: 'in-review' as const,
};

async function briefingWithAnOlderRevision() {
  const store = await BriefingStore.open(folder.dataDir, []);
  const created = await store.create({
    metadata: { title: 'Grain corridor', authors: ['Dana Reyes'] },
    content: paragraphs('First draft.'),
  });
  const later = await store.save({
    id: created.id,
    revision: 1,
    metadata: { ...created.metadata, ...laterMetadata },
    content: paragraphs('Reviewed text.'),
  });
  const first = (await store.history.list(created.id)).find((entry) => entry.revision === 1);
  if (!first) throw new Error('The first revision was not kept.');
  return { store, id: created.id, later, first };
}

describe('restoring a revision', () => {
  it('refuses to restore into an approved briefing until it is unlocked, and then restores', async () => {
    const { store, id, later, first } = await briefingWithAnOlderRevision();
    const approved = await store.save({
      id,
      revision: later.revision,
      metadata: { ...later.metadata, status: 'approved' },
      content: later.content,
    });
    await expect(store.history.restore(id, first.revisionId)).rejects.toMatchObject({
      code: 'locked',
      message: expect.stringContaining('is approved and read-only'),
    });
    expect(await store.get(id)).toEqual(approved);
    await store.unlock(id, 'Amira Haddad');
    const restored = await store.history.restore(id, first.revisionId);
    expect(restored.content).toEqual(paragraphs('First draft.'));
  });

  it('restores the text and leaves every metadata field as it is unless chosen', async () => {
    const { store, id, later, first } = await briefingWithAnOlderRevision();
    const restored = await store.history.restore(id, first.revisionId);
    expect(restored.content).toEqual(paragraphs('First draft.'));
    expect(restored.metadata).toEqual(later.metadata);
    expect(await store.get(id)).toMatchObject({ revision: 3, metadata: later.metadata });
  });

  it('lists every metadata field that a restore would change, as a reader sees it', async () => {
    const { store, id, first } = await briefingWithAnOlderRevision();
    const { metadataChanges } = await store.history.restoreChoices(id, first.revisionId);
    expect(metadataChanges).toEqual([
      { field: 'authors', label: 'Authors', current: 'Dana Reyes, Amira Haddad', other: 'Dana Reyes' },
      { field: 'desk', label: 'Desk', current: 'Europe', other: 'none' },
      { field: 'tags', label: 'Tags', current: 'shipping, ukraine', other: 'none' },
      { field: 'status', label: 'Status', current: 'In review', other: 'Draft' },
      { field: 'classification', label: 'Classification', current: 'Confidential', other: 'Internal' },
      { field: 'nextUpdate', label: 'Next update', current: '2026-12-02 12:00 (Europe/Kyiv)', other: 'none' },
      { field: 'embargoUntil', label: 'Embargoed until', current: '2026-12-02 06:00 (Europe/Kyiv)', other: 'none' },
    ]);
  });

  it('applies exactly the chosen metadata fields with the text', async () => {
    const { store, id, later, first } = await briefingWithAnOlderRevision();
    const restored = await store.history.restore(id, first.revisionId, ['status', 'tags']);
    expect(restored.content).toEqual(paragraphs('First draft.'));
    expect(restored.metadata).toEqual({ ...later.metadata, status: 'draft', tags: [] });
  });
});
