import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { JSONContent } from '@tiptap/core';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outlineAsText } from '../../../tests/oracles/outline-as-text';
import { briefingSchema } from '../../common/document/briefing-schema';
import type { BriefingReview } from '../../common/review/review-records';
import { finalDocument } from '../../common/review/suggestion-views';
import { BriefingStore } from '../library/briefing-store';
import { createFileSystemAssetSink } from './asset-sink';
import { ImportService } from './import-service';

/** Each marked text run with its review marks, ids replaced by the record's place in the review (1-based). */
function reviewMarksIn(content: JSONContent, review: BriefingReview): [string, string[]][] {
  const place = (kind: string, id: unknown) => {
    const records: { id: unknown }[] = kind === 'comment' ? review.threads : review.suggestions;
    return `${kind} ${records.findIndex((record) => record.id === id) + 1}`;
  };
  const runs: [string, string[]][] = [];
  const walk = (node: JSONContent) => {
    const marks = (node.marks ?? [])
      .filter((mark) => ['comment', 'insertion', 'deletion'].includes(mark.type))
      .map((mark) => place(mark.type, mark.attrs?.threadId ?? mark.attrs?.id))
      .sort();
    if (node.text !== undefined && marks.length > 0) runs.push([node.text, marks]);
    for (const child of node.content ?? []) walk(child);
  };
  walk(content);
  return runs;
}

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
      '  paragraph The operator said repairs would take <insertion>several days<deletion>two weeks.',
      '  paragraph <comment>Repairs began on Tuesday.',
    ]);
    expect(await readdir(store.paths.assets)).toHaveLength(1);
    const review = briefing.metadata.review;
    expect(reviewMarksIn(briefing.content, review)).toEqual([
      ['several days', ['insertion 1']],
      ['two weeks', ['deletion 2']],
      ['Repairs began on Tuesday.', ['comment 1']],
    ]);
    expect(review.suggestions).toEqual([
      { id: expect.stringMatching(/^s-/), author: 'Editor', at: '2026-11-25T08:00:00.000Z' },
      { id: expect.stringMatching(/^s-/), author: 'Editor', at: '2026-11-25T08:00:00.000Z' },
    ]);
    expect(review.threads).toEqual([
      {
        id: expect.stringMatching(/^c-/),
        anchorQuote: 'Repairs began on Tuesday.',
        messages: [
          {
            id: expect.stringMatching(/^m-/),
            author: 'Desk',
            at: '2026-11-25T08:00:00.000Z',
            text: 'Check the figure with the operator',
          },
        ],
        resolved: null,
      },
    ]);
    expect(notices).toEqual([
      "The document's comments are in the review column: 1 thread, 1 comment, each with its author and time.",
      "The document's tracked changes are suggested edits: 2 changes, each with its author and time, to accept or reject in the review column.",
    ]);
  }, 60_000); // The first import starts the worker: slow on a loaded machine.

  it('brings a LibreOffice document’s comments, replies and tracked changes in as threads and suggestions', async () => {
    const { briefing, notices } = await service.importFile(path.join(fixtures, 'review-notes.docx'));
    expect(briefing.metadata).toMatchObject({ title: 'Convoy reaches Dadu', datelinePlace: 'DADU' });
    expect(outlineAsText(briefing.content, 200)).toEqual([
      'paragraph DADU, 25 Nov – The first aid <comment>convoy reached the town on Monday after <deletion>three two days on flooded roads.',
      'paragraph <comment>It carried 40 tonnes of food<insertion><comment> and medicine<comment>.',
      'section needs-and-response',
      '  h2 Needs',
      '  paragraph <comment>Shelter remains the largest gap.',
      '  paragraph <insertion><comment>Water is short in Jamshoro.',
      '  paragraph <insertion>The next update is due on Friday.',
    ]);
    const review = briefing.metadata.review;
    expect(reviewMarksIn(briefing.content, review)).toEqual([
      ['convoy reached the town', ['comment 2']],
      ['three ', ['deletion 1']],
      ['It carried 40 tonnes of food', ['comment 3']],
      [' and medicine', ['comment 3', 'insertion 2']],
      ['.', ['comment 3']],
      ['Shelter remains the largest gap.', ['comment 4']],
      ['Water is short in Jamshoro.', ['comment 4', 'insertion 3']],
      ['The next update is due on Friday.', ['insertion 4']],
    ]);
    const message = (author: string, at: string, text: string) => ({
      id: expect.stringMatching(/^m-/),
      author,
      at,
      text,
    });
    expect(review.threads).toEqual([
      {
        id: expect.stringMatching(/^c-/),
        // The heading became the title: the thread stays, quoting the words it was on.
        anchorQuote: 'Convoy reaches Dadu',
        messages: [message('Desk', '2026-11-25T07:20:00.000Z', 'Shorter headline?')],
        resolved: null,
      },
      {
        id: expect.stringMatching(/^c-/),
        anchorQuote: 'convoy reached the town',
        messages: [
          message('Amira Haddad', '2026-11-25T07:30:00.000Z', 'Which agency ran it?'),
          message('Sam Editor', '2026-11-25T07:40:00.000Z', 'The World Food Programme.'),
        ],
        resolved: null,
      },
      {
        id: expect.stringMatching(/^c-/),
        anchorQuote: 'It carried 40 tonnes of food and medicine.',
        messages: [message('Sam Editor', '2026-11-25T07:45:00.000Z', 'Check the tonnage with WFP.')],
        resolved: { by: 'Sam Editor', at: '2026-11-25T07:45:00.000Z' },
      },
      {
        id: expect.stringMatching(/^c-/),
        anchorQuote: 'Shelter remains the largest gap. Water is short in Jamshoro.',
        messages: [
          message(
            'Amira Haddad',
            '2026-11-25T07:50:00.000Z',
            'Source for both lines: OCHA.\nSecond paragraph of the comment.',
          ),
        ],
        resolved: null,
      },
    ]);
    expect(review.suggestions.map(({ author, at }) => `${author} ${at}`)).toEqual([
      'Sam Editor 2026-11-25T08:12:00.000Z',
      'Sam Editor 2026-11-25T08:10:00.000Z',
      'Amira Haddad 2026-11-25T08:20:00.000Z',
      'Amira Haddad 2026-11-25T08:20:00.000Z',
    ]);
    expect(notices).toEqual([
      "The document's comments are in the review column: 4 threads, 5 comments, each with its author and time. 1 thread was on text the import takes out of the body, such as the title, and quotes the words it was on.",
      "The document's tracked changes are suggested edits: 4 changes, each with its author and time, to accept or reject in the review column.",
      'Some tracked changes cannot be suggested edits in a briefing and are shown as if accepted (1 paragraph break): compare the text with the document in Word before you rely on it.',
    ]);
    // Accepting every suggestion gives the text Word shows with all changes accepted.
    expect(
      outlineAsText(finalDocument(briefingSchema.nodeFromJSON(briefing.content)).toJSON(), 200).slice(0, 2),
    ).toEqual([
      'paragraph DADU, 25 Nov – The first aid <comment>convoy reached the town on Monday after two days on flooded roads.',
      'paragraph <comment>It carried 40 tonnes of food and medicine.',
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
