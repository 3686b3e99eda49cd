import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureBriefing } from '../../../../tests/fixtures/briefings/document-builders';
import { fixtureFileRenderOptions } from '../../../../tests/support/file-render-options';
import { runDocumentTool } from '../../../../tests/support/run-document-tool';
import type { Briefing } from '../../../common/briefing/briefing';
import { renderBriefingDocx } from './render-briefing-docx';

const text = (value: string, marks: object[] = []) => ({
  type: 'text',
  text: value,
  ...(marks.length ? { marks } : {}),
});
const suggestion = (type: string, id: string, attrs: object = {}) => ({ type, attrs: { id, ...attrs } });

/**
 * A briefing under review, its body in the shape `@handlewithcare/prosemirror-suggest-changes` writes:
 * bold added to "grain" (the plain word deleted, the bold one inserted, one id), a heading's level
 * changed from 3 to 4, a whole paragraph inserted and a whole list item deleted.
 */
function suggestedBriefing(): Briefing {
  return fixtureBriefing(
    'fixture-suggested-formatting',
    {
      title: 'Strikes on the grain terminal',
      timeZone: 'Europe/Kyiv',
      status: 'in-review',
      review: {
        threads: [],
        suggestions: [
          { id: 's-format-bold', author: 'Sam Editor', at: '2026-11-26T08:01:00.000Z' },
          { id: 's-format-level', author: 'Lea Okafor', at: '2026-11-26T08:02:00.000Z' },
          { id: 's-block-insert', author: 'Sam Editor', at: '2026-11-26T08:03:00.000Z' },
          { id: 's-block-delete', author: 'Lea Okafor', at: '2026-11-26T08:04:00.000Z' },
        ],
      },
    },
    {
      type: 'doc',
      content: [
        {
          type: 'section',
          attrs: { kind: 'what-happened' },
          content: [
            { type: 'heading', attrs: { level: 2 }, content: [text('What happened')] },
            {
              type: 'paragraph',
              content: [
                text('Strikes hit the '),
                text('grain', [suggestion('deletion', 's-format-bold')]),
                text('grain', [{ type: 'bold' }, suggestion('insertion', 's-format-bold')]),
                text(' terminal overnight.'),
              ],
            },
            {
              type: 'heading',
              attrs: { level: 4 },
              marks: [
                suggestion('modification', 's-format-level', {
                  type: 'attr',
                  attrName: 'level',
                  previousValue: 3,
                  newValue: 4,
                }),
              ],
              content: [text('Damage')],
            },
            {
              type: 'paragraph',
              marks: [suggestion('insertion', 's-block-insert')],
              content: [text('Two cranes collapsed.')],
            },
            {
              type: 'bulletList',
              content: [
                { type: 'listItem', content: [{ type: 'paragraph', content: [text('Berth 3 closed')] }] },
                {
                  type: 'listItem',
                  marks: [suggestion('deletion', 's-block-delete')],
                  content: [{ type: 'paragraph', content: [text('Berth 5 closed')] }],
                },
              ],
            },
          ],
        },
      ],
    } as Briefing['content'],
  );
}

let folder: string;
let document: string;
let finalDocument: string;
let pandocText: string;
let pandocTracked: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-docx-suggestions-'));
  const bytes = (await renderBriefingDocx(suggestedBriefing(), fixtureFileRenderOptions({ purpose: 'review' })))
    .bytes as Uint8Array;
  document = (await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string')) ?? '';
  const finalBytes = (await renderBriefingDocx(suggestedBriefing(), fixtureFileRenderOptions())).bytes as Uint8Array;
  finalDocument = (await (await JSZip.loadAsync(finalBytes)).file('word/document.xml')?.async('string')) ?? '';
  const file = path.join(folder, 'review.docx');
  await writeFile(file, bytes);
  pandocText = await runDocumentTool('pandoc', ['--from', 'docx', '--to', 'markdown', file], 'pandoc');
  pandocTracked = await runDocumentTool(
    'pandoc',
    ['--from', 'docx', '--track-changes=all', '--to', 'markdown', file],
    'pandoc',
  );
});

afterAll(() => rm(folder, { recursive: true, force: true }));

describe('suggested formatting and block changes in the review DOCX', () => {
  it('writes bold added to a word as a run property change (w:rPrChange) with the earlier look, not as a deletion and an insertion', () => {
    expect(document).toMatch(
      /<w:r><w:rPr><w:b\/><w:bCs\/><w:rPrChange w:id="\d+" w:author="Sam Editor" w:date="2026-11-26T08:01:00.000Z"><w:rPr><w:b w:val="false"\/><w:bCs w:val="false"\/><w:i w:val="false"\/><w:iCs w:val="false"\/><\/w:rPr><\/w:rPrChange><\/w:rPr><w:t xml:space="preserve">grain<\/w:t><\/w:r>/,
    );
    expect(document.split('>grain<').length - 1).toBe(1);
    // pandoc reads the word once, bold, whichever changes it shows.
    expect(pandocText).toContain('Strikes hit the **grain** terminal overnight.');
    expect(pandocTracked).toContain('**grain**');
  });

  it('keeps a heading’s earlier level in a paragraph property change (w:pPrChange)', () => {
    expect(document).toMatch(
      /<w:pPr><w:pStyle w:val="Heading4"\/>.*?<w:pPrChange w:id="\d+" w:author="Lea Okafor" w:date="2026-11-26T08:02:00.000Z"><w:pPr><w:pStyle w:val="Heading3"\/><\/w:pPr><\/w:pPrChange>.*?Damage/s,
    );
  });

  it('tracks a whole inserted paragraph and a whole deleted list item, text and paragraph mark, as pandoc reads them', () => {
    expect(document).toMatch(
      /<w:rPr><w:ins w:id="\d+" w:author="Sam Editor" w:date="2026-11-26T08:03:00.000Z"\/><\/w:rPr><\/w:pPr><w:ins w:id="\d+" w:author="Sam Editor" w:date="2026-11-26T08:03:00.000Z"><w:r>.*?Two cranes collapsed\./s,
    );
    expect(document).toMatch(
      /<w:del w:id="\d+" w:author="Lea Okafor" w:date="2026-11-26T08:04:00.000Z"><w:r>.*?<w:delText[^>]*>Berth 5 closed<\/w:delText>/s,
    );
    expect(pandocTracked).toMatch(/\[Two cranes collapsed\.\]\{\.insertion author="Sam Editor"/);
    expect(pandocTracked).toMatch(/\[Berth 5 closed\]\{\.deletion author="Lea Okafor"/);
    // Accepting every change (pandoc's default) drops the deleted item and keeps the inserted paragraph.
    expect(pandocText).toContain('Two cranes collapsed.');
    expect(pandocText).not.toContain('Berth 5 closed');
  });

  it('has none of it in a final DOCX, which holds the accepted text', () => {
    expect(finalDocument).not.toMatch(/<w:(ins|del|rPrChange|pPrChange)\b/);
    expect(finalDocument).toContain('Two cranes collapsed.');
    expect(finalDocument).not.toContain('Berth 5 closed');
    expect(finalDocument.split('>grain<').length - 1).toBe(1);
  });
});
