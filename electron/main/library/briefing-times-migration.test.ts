import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStoredJson } from '../storage/read-stored-json';
import { parseBriefingFile } from './briefing-files';
import { revisionSnapshotFormat } from './stored-library-formats';

const version1 = {
  schemaVersion: 1,
  contentVersion: 1,
  id: 'times-briefing-0001',
  createdAt: '2026-11-25T18:00:00.000Z',
  updatedAt: '2026-11-26T05:40:00.000Z',
  revision: 3,
  templateId: null,
  metadata: {
    title: 'Overnight strikes',
    timeZone: 'Europe/Kyiv',
    eventDate: '2026-11-26',
    eventTime: '05:30',
    asOf: '2026-11-26T02:36:00Z',
    nextUpdate: '2026-11-27T09:00:00+02:00',
    embargoUntil: '',
  },
  content: {
    type: 'doc',
    content: [
      {
        type: 'keyFigures',
        content: [
          {
            type: 'keyFigure',
            attrs: { value: '42', label: 'drones', source: 'Air Force', asOf: '2026-11-26T07:00:00+02:00' },
          },
          {
            type: 'keyFigure',
            attrs: { value: '9', label: 'wounded', source: 'Police', asOf: '26 November 2026 06:00' },
          },
          { type: 'keyFigure', attrs: { value: '3', label: 'fires', source: 'Rescue service', asOf: 'this morning' } },
          { type: 'keyFigure', attrs: { value: '12', label: 'buildings', source: '', asOf: '1 Dec 06:00' } },
        ],
      },
    ],
  },
};

describe('migration of version-1 times to instants with their zone', () => {
  const { briefing, migratedFrom } = parseBriefingFile(JSON.stringify(version1), 'times-briefing-0001.json');
  const figures = (briefing.content.content?.[0]?.content ?? []).map((figure) => figure.attrs);

  it('keeps each instant and attaches the briefing’s zone', () => {
    expect(migratedFrom).toBe(1);
    expect(briefing.schemaVersion).toBe(2);
    expect(briefing.metadata).toMatchObject({
      asOf: '2026-11-26T04:36:00+02:00[Europe/Kyiv]',
      nextUpdate: '2026-11-27T09:00:00+02:00[Europe/Kyiv]',
      embargoUntil: '',
      eventDate: '2026-11-26',
      eventTime: '05:30',
    });
    expect(figures[0]).toMatchObject({ asOf: '2026-11-26T07:00:00+02:00[Europe/Kyiv]', source: 'Air Force' });
    expect(figures[1]).toMatchObject({ asOf: '2026-11-26T06:00:00+02:00[Europe/Kyiv]', source: 'Police' });
  });

  it('names UTC where version 1 left the zone empty', () => {
    const emptyZone = { ...version1, metadata: { ...version1.metadata, timeZone: '' } };
    const migrated = parseBriefingFile(JSON.stringify(emptyZone), 'times-briefing-0001.json').briefing;
    expect(migrated.metadata).toMatchObject({ timeZone: 'UTC', asOf: '2026-11-26T02:36:00+00:00[UTC]' });
  });

  it('keeps a free-text or ambiguous key-figure "as of" as typed beside the source, never as a guessed time', () => {
    expect(figures[2]).toMatchObject({ asOf: '', source: 'Rescue service (as of this morning)' });
    expect(figures[3]).toMatchObject({ asOf: '', source: '(as of 1 Dec 06:00)' });
  });
});

describe('a history snapshot saved as version 1', () => {
  it('is read with its times migrated, not set aside as damaged', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-snapshot-'));
    try {
      const filePath = path.join(folder, '20261126T054000000Z-r3.json');
      const entry = {
        revisionId: '20261126T054000000Z-r3',
        revision: 3,
        savedAt: '2026-11-26T05:40:00.000Z',
        reason: 'editing',
        title: 'Overnight strikes',
        wordCount: 0,
      };
      await writeFile(filePath, JSON.stringify({ entry, briefing: version1 }));
      const read = await readStoredJson(filePath, revisionSnapshotFormat);
      expect(read?.value.briefing.schemaVersion).toBe(2);
      expect(read?.value.briefing.metadata.asOf).toBe('2026-11-26T04:36:00+02:00[Europe/Kyiv]');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
