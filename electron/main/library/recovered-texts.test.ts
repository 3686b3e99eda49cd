import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { paragraphs, temporaryDataDirPerTest } from '../../../tests/support/library/library-fixtures';
import type { AppNotice } from '../../common/app-info';
import { CorruptFileError } from '../storage/corrupt-file-error';
import { BriefingStore } from './briefing-store';
import { RecoveredTexts } from './recovered-texts';

const folder = temporaryDataDirPerTest();

const id = '3f2c9a10-5b7e-4c1d-9e8f-0a1b2c3d4e5f';
const entry = (briefingId = id, revision = 1) => ({
  briefingId,
  revision,
  writtenAt: '2026-12-01T04:10:00.000Z',
  metadata: { title: 'Flash' },
  content: paragraphs('Unsaved.'),
});

describe('RecoveredTexts', () => {
  it('keeps, reads and removes the offer of one briefing, and lists only briefing ids', async () => {
    const texts = new RecoveredTexts(path.join(folder.dataDir, 'recovered'));
    expect(await texts.ids()).toEqual([]);
    expect(await texts.read(id)).toBeNull();
    await texts.keep(entry(id, 1));
    await texts.keep(entry(id, 2));
    expect(await texts.read(id)).toMatchObject({ revision: 2 });
    await texts.keep(entry());
    await writeFile(path.join(texts.folder, 'notes.json'), '{}');
    await writeFile(path.join(texts.folder, '.hidden.json'), '{}');
    expect(await texts.ids()).toEqual([id]);
    expect(await texts.read(id)).toEqual(entry());
    await texts.remove(id);
    expect(await texts.read(id)).toBeNull();
    await expect(texts.remove(id)).resolves.toBeUndefined();
    expect((await readdir(texts.folder)).sort()).toEqual(['.hidden.json', 'notes.json']);
  });

  it('refuses a file that holds another briefing’s text, or is not unsaved text at all', async () => {
    const texts = new RecoveredTexts(path.join(folder.dataDir, 'recovered'));
    await mkdir(texts.folder, { recursive: true });
    await writeFile(texts.filePath(id), JSON.stringify(entry('00000000-0000-4000-8000-000000000000')));
    await expect(texts.read(id)).rejects.toBeInstanceOf(CorruptFileError);
    await writeFile(texts.filePath(id), '{"briefingId":');
    await expect(texts.read(id)).rejects.toBeInstanceOf(CorruptFileError);
    expect(() => texts.filePath('../settings')).toThrow();
  });
});

describe('offers at start', () => {
  it('sets a damaged offer aside with a notice, and drops the offer of a briefing that is gone', async () => {
    const store = await BriefingStore.open(folder.dataDir, []);
    const created = await store.create({ metadata: { title: 'Flash' }, content: paragraphs('Saved.') });
    await store.close();
    await mkdir(store.paths.recovered, { recursive: true });
    await writeFile(path.join(store.paths.recovered, `${created.id}.json`), 'not json');
    await writeFile(path.join(store.paths.recovered, `${id}.json`), JSON.stringify(entry()));
    const notices: AppNotice[] = [];
    const reopened = await BriefingStore.open(folder.dataDir, notices);
    expect(notices).toEqual([
      { level: 'warning', message: expect.stringMatching(/^Damaged recovered text was set aside: .*quarantine/) },
    ]);
    expect(await readdir(reopened.paths.recovered)).toEqual([]);
    await expect(reopened.recovery.get(created.id)).resolves.toBeNull();
  });

  it('says so when the offered text is damaged, instead of showing it', async () => {
    const store = await BriefingStore.open(folder.dataDir, []);
    const created = await store.create({ metadata: { title: 'Flash' }, content: paragraphs('Saved.') });
    await mkdir(store.paths.recovered, { recursive: true });
    await writeFile(path.join(store.paths.recovered, `${created.id}.json`), 'not json');
    await expect(store.recovery.get(created.id)).rejects.toMatchObject({
      code: 'storage-failed',
      message: expect.stringMatching(/^The recovered text .* is damaged and cannot be shown\.$/),
    });
  });

  it('moves a journal entry whose text does not fit the briefing format to quarantine, with a notice', async () => {
    const store = await BriefingStore.open(folder.dataDir, []);
    const created = await store.create({ metadata: { title: 'Flash' }, content: paragraphs('Saved.') });
    await store.writeJournal({
      briefingId: created.id,
      revision: 1,
      metadata: { ...created.metadata, status: 'no such status' },
      content: paragraphs('Typed.'),
    });
    const notices: AppNotice[] = [];
    const reopened = await BriefingStore.open(folder.dataDir, notices);
    expect(notices).toEqual([
      {
        level: 'warning',
        message: expect.stringMatching(
          /^Unsaved text of “Flash” could not be recovered because it does not fit the briefing format; it was set aside: .*quarantine/,
        ),
      },
    ]);
    expect(await reopened.recovery.get(created.id)).toBeNull();
  });
});
