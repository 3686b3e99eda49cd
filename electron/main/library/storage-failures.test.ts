import { execFileSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { paragraphs } from '../../../tests/support/library/library-fixtures';
import { canMountTmpfs, fillDisk, mountSizeLimitedFolder } from '../../../tests/support/library/size-limited-folder';
import { BriefingStore } from './briefing-store';

let dataDir: string;
let unmount: () => void;

const longText = (words: number) => paragraphs(Array.from({ length: words }, (_, index) => `word${index}`).join(' '));

describe.skipIf(!canMountTmpfs('full-disk and read-only tests'))(
  'a full or read-only data folder (a real size-limited tmpfs)',
  () => {
    beforeEach(() => {
      ({ folder: dataDir, unmount } = mountSizeLimitedFolder('1m'));
    });
    afterEach(() => unmount());

    it('says the disk is full, keeps the saved file intact, and saves on its own once space returns', async () => {
      const store = await BriefingStore.open(dataDir, []);
      const created = await store.create({ metadata: { title: 'Sitrep 14' }, content: paragraphs('Saved before.') });
      const filePath = path.join(store.paths.briefings, `${created.id}.json`);
      const before = await readFile(filePath, 'utf8');
      const filler = await fillDisk(dataDir);
      const changes = { id: created.id, revision: 1, metadata: created.metadata, content: longText(20_000) };
      await expect(store.save(changes)).rejects.toMatchObject({
        code: 'storage-full',
        message: expect.stringMatching(/^The disk is full, so “Sitrep 14” could not be saved\. .*saves it on its own/),
      });
      expect(await readFile(filePath, 'utf8')).toBe(before);
      expect(store.pending.ids()).toEqual([created.id]);
      expect(await store.pending.retry()).toEqual([]);

      await rm(filler);
      expect(await store.pending.retry()).toEqual([created.id]);
      expect((await store.get(created.id)).content).toEqual(changes.content);
      // The editor, still at revision 1, goes on saving without a false conflict.
      const next = await store.save({ ...changes, content: paragraphs('Shorter now.') });
      expect(next.revision).toBe(3);
    });

    it('says the folder is read-only, and saves once it is writable again', async () => {
      const store = await BriefingStore.open(dataDir, []);
      const created = await store.create({ metadata: { title: 'Flash alert' }, content: paragraphs('First.') });
      await store.writeJournal({
        briefingId: created.id,
        revision: 1,
        metadata: { ...created.metadata },
        content: paragraphs('Second.'),
      });
      execFileSync('mount', ['-o', 'remount,ro', dataDir]);
      const changes = { id: created.id, revision: 1, metadata: created.metadata, content: paragraphs('Second.') };
      await expect(store.save(changes)).rejects.toMatchObject({
        code: 'storage-read-only',
        message: expect.stringContaining(`Briefdesk cannot write to its data folder (${dataDir})`),
      });
      // The unsaved text stays in the journal, which the next start would restore.
      expect(JSON.parse(await readFile(path.join(store.paths.journal, `${created.id}.json`), 'utf8')).content).toEqual(
        paragraphs('Second.'),
      );
      execFileSync('mount', ['-o', 'remount,rw', dataDir]);
      expect(await store.pending.retry()).toEqual([created.id]);
      expect((await store.get(created.id)).content).toEqual(paragraphs('Second.'));
      await store.settled();
      await expect(readFile(path.join(store.paths.journal, `${created.id}.json`))).rejects.toThrow(/ENOENT/);
    });
  },
);
