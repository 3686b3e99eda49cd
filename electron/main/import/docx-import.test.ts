import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outlineAsText } from '../../../tests/oracles/outline-as-text';
import { BriefingStore } from '../library/briefing-store';
import { createFileSystemAssetSink } from './asset-sink';
import { ImportService } from './import-service';

const fixtures = path.join(import.meta.dirname, '../../../tests/fixtures/import/docx');
let dataDir: string;
let store: BriefingStore;
let service: ImportService;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-docx-'));
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

describe('importing Word documents (.docx)', () => {
  it('reads a pandoc document: headings, list, table, picture as an asset, footnote as a cited source', async () => {
    const { briefing, notices } = await service.importFile(path.join(fixtures, 'field-report.docx'));
    expect(briefing.metadata).toMatchObject({
      title: 'Kharkiv power plant hit',
      datelinePlace: 'KHARKIV',
      eventDate: '2026-11-25',
      sources: [
        {
          id: 'footnote-1',
          name: 'Regional military administration, statement on Telegram, https://t.me/synegubov',
          type: 'document',
          link: 'https://t.me/synegubov',
        },
      ],
    });
    expect(outlineAsText(briefing.content, 200)).toEqual([
      'paragraph KHARKIV, Nov 25 – A drone struck the city’s main power plant overnight, the regional governor <citation>said.',
      'section affected-areas',
      '  h2 Affected areas',
      '  bulletList',
      '    listItem',
      '      paragraph Kharkiv – outages in three districts',
      '    listItem',
      '      paragraph Chuhuiv – water supply cut',
      '  table',
      '    tableRow',
      '      tableHeader',
      '        paragraph City',
      '      tableHeader',
      '        paragraph Homes without power',
      '    tableRow',
      '      tableCell',
      '        paragraph Kharkiv',
      '      tableCell',
      '        paragraph 30,000',
      '    tableRow',
      '      tableCell',
      '        paragraph Chuhuiv',
      '      tableCell',
      '        paragraph 4,500',
      '  figure src=asset alt="Smoke over the plant"',
      '    figureCaption Smoke over the plant',
      '    figureCredit',
      '  paragraph The operator said repairs would take several days.',
      '  paragraph Repairs began on Tuesday.',
    ]);
    expect(await readdir(store.paths.assets)).toHaveLength(1);
    expect(notices).toEqual([
      'The document has tracked changes nobody accepted or rejected (1 insertion, 1 deletion). Briefdesk shows the text as if all were accepted: compare it with the document in Word before you rely on it.',
      '1 comment in the document was not brought in; read it in Word.',
    ]);
  });

  it('reads a LibreOffice document: dateline, numbered list, table', async () => {
    const { briefing, notices } = await service.importFile(path.join(fixtures, 'sitrep.docx'));
    expect(briefing.metadata).toMatchObject({
      title: 'Flash update: floods in Sindh',
      datelinePlace: 'HYDERABAD',
      eventDate: '2026-09-03',
    });
    expect(outlineAsText(briefing.content)).toEqual([
      'paragraph HYDERABAD, 3 Sep – Heavy rain flooded 12 districts of Sindh…',
      'section needs-and-response',
      '  h2 Needs',
      '  orderedList',
      '    listItem',
      '      paragraph Shelter for 40,000 displaced people',
      '    listItem',
      '      paragraph Clean water in Dadu and Jamshoro',
      'section response',
      '  h2 Response',
      '  table',
      '    tableRow',
      '      tableCell',
      '        paragraph Sector',
      '      tableCell',
      '        paragraph Reached',
      '    tableRow',
      '      tableCell',
      '        paragraph Food',
      '      tableCell',
      '        paragraph 18,000',
      '    tableRow',
      '      tableCell',
      '        paragraph Health',
      '      tableCell',
      '        paragraph 6,200',
      '  paragraph The next update is due on 5 September.',
    ]);
    expect(notices).toEqual([]);
  });

  it('refuses a file that is not a Word document with a sentence, storing nothing', async () => {
    const before = store.list().length;
    await expect(service.importFile(path.join(fixtures, 'field-report.md.docx'))).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(
      service.importText(Buffer.from('plain text, not a zip').toString('base64'), 'docx'),
    ).rejects.toMatchObject({
      code: 'invalid-argument',
      message:
        'This file is not a Word document Briefdesk can read (.docx). Open it in Word or LibreOffice, save it as .docx and import it again.',
    });
    const otherZip = new JSZip().file('content.xml', '<office:document/>');
    await expect(
      service.importText((await otherZip.generateAsync({ type: 'nodebuffer' })).toString('base64'), 'docx'),
    ).rejects.toMatchObject({ code: 'invalid-argument' });
    expect(store.list()).toHaveLength(before);
  });
});
