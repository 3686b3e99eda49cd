import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BriefingStore } from '../library/briefing-store';
import { createFileSystemAssetSink } from './asset-sink';
import { ImportService } from './import-service';

const fixtures = path.join(import.meta.dirname, '../../../tests/fixtures/import');
let dataDir: string;
let store: BriefingStore;
let service: ImportService;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-import-preview-'));
  store = await BriefingStore.open(dataDir, []);
  service = new ImportService({
    briefings: store,
    assets: createFileSystemAssetSink(store.paths.assets),
    findTemplate: async () => undefined,
    now: () => new Date('2026-11-26T09:00:00Z'),
  });
});

afterAll(async () => {
  await store.close();
  await rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
});

describe('checking an import before the briefing is created', () => {
  it('previews title, dateline, date and size without storing a briefing or a picture', async () => {
    const docx = (await readFile(path.join(fixtures, 'docx/field-report.docx'))).toString('base64');
    const preview = await service.preview(docx, 'docx');
    expect(preview).toMatchObject({
      metadata: { title: 'Kharkiv power plant hit', datelinePlace: 'KHARKIV', eventDate: '2026-11-25' },
      sections: 1,
      dropped: [],
    });
    expect(preview.words).toBeGreaterThan(40);
    expect(preview.notices).toHaveLength(2);
    expect(store.list()).toHaveLength(0);
    expect(await readdir(store.paths.assets).catch(() => [])).toEqual([]);
  });

  it('creates the briefing with the title, dateline and date the user corrected', async () => {
    const text = await readFile(path.join(fixtures, 'scraped-text/headline-and-lede.txt'), 'utf8');
    const { briefing } = await service.importText(text, 'text', {
      corrections: { title: 'Drone strikes before Istanbul talks', datelinePlace: 'Kyiv', eventDate: '2026-11-24' },
    });
    expect(briefing.metadata).toMatchObject({
      title: 'Drone strikes before Istanbul talks',
      datelinePlace: 'Kyiv',
      eventDate: '2026-11-24',
    });
  });

  it('answers a page with no article with the no-article code, so the screen can offer to import it anyway', async () => {
    const page = await readFile(path.join(fixtures, 'no-article.html'), 'utf8');
    await expect(service.preview(page, 'html')).rejects.toMatchObject({ code: 'no-article' });
    expect((await service.preview(page, 'html', { allowEmpty: true })).words).toBe(0);
  });
});
