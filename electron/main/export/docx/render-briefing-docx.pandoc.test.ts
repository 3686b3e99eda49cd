import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { everyNodeBriefing } from '../../../../tests/fixtures/briefings/every-node-briefing';
import { briefingReadingStructure, missingFrom } from '../../../../tests/support/briefing-reading-structure';
import { fixtureFileRenderOptions } from '../../../../tests/support/file-render-options';
import { runDocumentTool } from '../../../../tests/support/run-document-tool';
import { exportLocaleOfBriefings, formatIsoDateTime } from '../format-export-date';
import { renderBriefingDocx } from './render-briefing-docx';

type PandocValue = { t: string; c?: unknown } | unknown[] | string | number | null;

/** The text of pandoc inlines; notes are left out (they are read separately). */
function inlineText(value: unknown): string {
  if (Array.isArray(value)) return value.map(inlineText).join('');
  if (!value || typeof value !== 'object') return '';
  const { t, c } = value as { t: string; c?: unknown };
  if (t === 'Str') return String(c);
  if (t === 'Space' || t === 'SoftBreak') return ' ';
  if (t === 'LineBreak') return '\n';
  if (t === 'Note' || t === 'Image') return '';
  if (t === 'Link' || t === 'Span' || t === 'Quoted' || t === 'Cite') return inlineText((c as unknown[])[1]);
  return inlineText(c);
}

/** The text of blocks, one line per paragraph. */
function blocksText(blocks: unknown): string {
  return (blocks as { t: string; c: unknown }[])
    .map((block) => (block.t === 'Para' || block.t === 'Plain' ? inlineText(block.c) : ''))
    .filter(Boolean)
    .join('\n');
}

/** Headings, list items, table cells, paragraphs and footnotes, as pandoc reads them from the DOCX. */
function pandocStructure(ast: { blocks: unknown[] }) {
  const found = {
    headings: [] as string[],
    listItems: [] as string[],
    tableCells: [] as string[],
    paragraphs: [] as string[],
    footnotes: [] as string[],
  };
  const visit = (value: PandocValue) => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item as PandocValue);
      return;
    }
    if (!value || typeof value !== 'object') return;
    const { t, c } = value as { t: string; c: unknown[] };
    if (t === 'Header') found.headings.push(`h${c[0]} ${inlineText(c[2])}`);
    if (t === 'Para' || t === 'Plain') found.paragraphs.push(inlineText(c));
    if (t === 'Note') found.footnotes.push(blocksText(c));
    if (t === 'BulletList' || t === 'OrderedList') {
      const items = (t === 'BulletList' ? c : c[1]) as unknown[][];
      for (const item of items) found.listItems.push(blocksText(item));
    }
    if (t === 'Table') {
      // [attr, caption, colspecs, head [attr, rows], bodies [[attr, rowHeadColumns, headRows, rows]], foot]
      const [, , , head, bodies] = c as [
        unknown,
        unknown,
        unknown,
        [unknown, unknown[]],
        [unknown, unknown, unknown[], unknown[]][],
      ];
      const rows = [...head[1], ...bodies.flatMap((body) => [...body[2], ...body[3]])] as [unknown, unknown[]][];
      for (const [, cells] of rows) for (const cell of cells as unknown[][]) found.tableCells.push(blocksText(cell[4]));
    }
    visit(c as PandocValue);
  };
  visit(ast.blocks as PandocValue);
  return found;
}

let folder: string;
let ast: { blocks: unknown[]; meta: Record<string, unknown> };

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-docx-pandoc-'));
  const file = path.join(folder, 'every-node.docx');
  const { bytes } = await renderBriefingDocx(everyNodeBriefing(), fixtureFileRenderOptions());
  await writeFile(file, bytes);
  ast = JSON.parse(await runDocumentTool('pandoc', ['--from', 'docx', '--to', 'json', file], 'pandoc'));
});

afterAll(() => rm(folder, { recursive: true, force: true }));

describe('the DOCX export, read by pandoc', () => {
  const briefing = everyNodeBriefing();
  const expected = briefingReadingStructure(briefing, (iso) =>
    formatIsoDateTime(iso, briefing.metadata.timeZone, exportLocaleOfBriefings([briefing], undefined)),
  );

  it('has every heading of the every-node briefing, at its level and in order', () => {
    expect(pandocStructure(ast).headings).toEqual(expected.headings);
  });

  it('has every list item as an item of a list', () => {
    expect(pandocStructure(ast).listItems).toEqual(expected.listItems);
  });

  it('has every table cell in a table', () => {
    expect(missingFrom(pandocStructure(ast).tableCells, expected.tableCells)).toEqual([]);
  });

  it('has every figure caption with its credit', () => {
    expect(missingFrom(pandocStructure(ast).paragraphs, expected.captions)).toEqual([]);
  });

  it('has every source as a footnote', () => {
    expect(expected.footnotes).not.toEqual([]);
    expect(pandocStructure(ast).footnotes).toEqual(expected.footnotes);
  });

  it('embeds the figure’s image with its alternative text', () => {
    const images: string[] = [];
    const visit = (value: unknown) => {
      if (Array.isArray(value)) {
        for (const item of value) visit(item);
        return;
      }
      if (!value || typeof value !== 'object') return;
      const { t, c } = value as { t: string; c: unknown[] };
      if (t === 'Image') images.push(inlineText(c[1]));
      visit(c);
    };
    visit(ast.blocks);
    expect(images).toEqual(['Aerial view of a port with cranes and smoke']);
  });
});
