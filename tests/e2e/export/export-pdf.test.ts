import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefing } from '../../../electron/common/briefing/briefing';
import type { ExportResult } from '../../../electron/common/export/export-request';
import { classificationLabel } from '../../../electron/main/export/classification-label';
import { ChromiumPdfPrinter } from '../../../electron/main/export/pdf/chromium-pdf-printer';
import { marginPresets } from '../../../electron/main/export/pdf/pdf-print-options';
import { runExportJob } from '../../../electron/main/export/run-export-job';
import { resolveFixtureAsset } from '../../fixtures/briefings/fixture-assets';
import { collapse, expectedTexts, pdfInfo, pdfOutline, squeeze, tool } from './export-checks';
import { allFixtureBriefings } from './fixture-data-folder';
import { checkPdfUaRules } from './pdf-ua-rules';

let folder: string;
const briefings = allFixtureBriefings();
let a4: ExportResult;
let letter: ExportResult;
let combined: ExportResult;

function job(overrides: Partial<Parameters<typeof runExportJob>[0]>): Parameters<typeof runExportJob>[0] {
  return {
    briefings,
    format: 'pdf',
    pageSize: 'A4',
    margins: marginPresets.normal,
    combine: false,
    target: { folder },
    resolveAsset: resolveFixtureAsset,
    appVersion: '0.1.0',
    exportedAt: new Date('2026-11-26T07:45:00Z'),
    openPrinter: () => ChromiumPdfPrinter.launch({ environment: process.env }),
    printTimeoutMs: 60_000,
    ...overrides,
  };
}

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-export-pdf-'));
  a4 = await runExportJob(job({ target: { folder: path.join(folder, 'a4') } }));
  letter = await runExportJob(
    job({ briefings: briefings.slice(0, 1), pageSize: 'Letter', target: { file: path.join(folder, 'letter.pdf') } }),
  );
  combined = await runExportJob(job({ combine: true, target: { file: path.join(folder, 'combined') } }));
}, 180_000);

afterAll(() => rm(folder, { recursive: true, force: true }));

function fileFor(result: ExportResult, briefing: Briefing): string {
  return result.files.find((file) => file.briefingIds[0] === briefing.id)?.path as string;
}

describe('PDF export of every fixture briefing', () => {
  it('is tagged, A4, with Title and Author set, and passes qpdf --check', async () => {
    expect(a4.files).toHaveLength(briefings.length);
    for (const briefing of briefings) {
      const file = fileFor(a4, briefing);
      const info = await pdfInfo(file);
      expect(info.Tagged, briefing.id).toBe('yes');
      // The MediaBox Chromium makes of 210 × 297 mm; the app's printer gets the same size (main-wiring.test.ts).
      expect(info['Page size'], briefing.id).toBe('595.92 x 841.92 pts (A4)');
      expect(info.Title).toBe(briefing.metadata.title);
      expect(info.Author).toBe(briefing.metadata.authors.join(', '));
      expect(info.Producer).toBe('Briefdesk 0.1.0');
      expect(info.Subject).toContain(briefing.metadata.classification.level === 'custom' ? 'Partners only' : '');
      expect(await tool('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors found');
    }
  });

  it('passes, rule by rule, the PDF/UA-1 checks Chromium alone fails (read back with qpdf)', async () => {
    const files = [
      ...briefings.map((briefing) => ({ file: fileFor(a4, briefing), title: briefing.metadata.title })),
      { file: combined.files[0]?.path as string, title: (await pdfInfo(combined.files[0]?.path as string)).Title },
    ];
    for (const { file, title } of files) {
      const results = await checkPdfUaRules(file, title as string);
      expect(results.map((result) => result.rule)).toEqual([
        '5-1',
        '7.1-8',
        '7.1-9',
        '7.1-10',
        '7.1-5',
        '7.2-3',
        '7.3-1',
        '7.18.5-2',
      ]);
      for (const result of results)
        expect(result.problems, `${path.basename(file)}: ${result.rule} ${result.asks}`).toEqual([]);
    }
  });

  it('prints Letter when asked', async () => {
    const info = await pdfInfo(letter.files[0]?.path as string);
    expect(info['Page size']).toBe('612 x 792 pts (letter)');
    expect(info.Tagged).toBe('yes');
  });

  it('has bookmarks for the title and every heading, in order', async () => {
    for (const briefing of briefings) {
      const outline = await pdfOutline(fileFor(a4, briefing));
      const expected = [briefing.metadata.title, ...expectedTexts(briefing).headings];
      expect(outline.map(collapse), briefing.id).toEqual(expected.map(collapse));
    }
  });

  it('carries every heading, list item and caption as text, and "Page 1 of N" with the export time', async () => {
    for (const briefing of briefings) {
      const file = fileFor(a4, briefing);
      const text = squeeze(await tool('pdftotext', ['-layout', file, '-']));
      const { headings, listItems, captions } = expectedTexts(briefing);
      for (const expected of [...headings, ...listItems, ...captions])
        expect(text, briefing.id).toContain(squeeze(expected));
      const pages = Number((await pdfInfo(file)).Pages);
      expect(text).toContain(squeeze(`Page 1 of ${pages}`));
      expect(text).toContain(squeeze(`Page ${pages} of ${pages}`));
      expect(text).toContain(squeeze('Exported 26 November 2026 at 07:45 UTC'));
      expect(text.toLowerCase()).toContain(
        squeeze(`Classification: ${classificationLabel(briefing.metadata.classification)}`).toLowerCase(),
      );
    }
  });

  it('combines several briefings behind a cover and contents, with each briefing in the outline', async () => {
    const file = combined.files[0]?.path as string;
    expect(combined.files).toHaveLength(1);
    expect(file.endsWith('combined.pdf')).toBe(true);
    const outline = (await pdfOutline(file)).map(squeeze);
    const titles = briefings.map((briefing) => squeeze(briefing.metadata.title));
    const positions = titles.map((title) => outline.indexOf(title));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((x, y) => x - y)).toEqual(positions);
    expect(outline).toContain('Contents');
    expect((await pdfInfo(file)).Tagged).toBe('yes');
    const structure = await tool('qpdf', ['--json', file]);
    for (const briefing of briefings) {
      // The contents page links to a named destination that the briefing's article defines.
      expect(structure).toContain(`"/Dest": "/briefing-${briefing.id}"`);
    }
    expect(structure.match(/"\/Subtype": "\/Link"/g)?.length).toBeGreaterThanOrEqual(briefings.length);
  });

  it('opens with a cover listing every report, and a contents page giving the page each report starts on', async () => {
    const file = combined.files[0]?.path as string;
    const pageText = (page: number) => tool('pdftotext', ['-f', String(page), '-l', String(page), file, '-']);
    const cover = squeeze(await pageText(1));
    expect(cover).toContain(squeeze('26 November 2026'));
    expect(cover).toContain(squeeze('Classification: Partners only / Confidential / Internal / Public'));
    expect(cover).toContain(squeeze(`${briefings.length} reports in this file`));
    for (const briefing of briefings) expect(cover).toContain(squeeze(briefing.metadata.title));
    // The contents page, laid out: "  3. Title (Status) ……  7"; a long title wraps and its number ends the last line.
    const contentsLines = (await tool('pdftotext', ['-f', '2', '-l', '2', '-layout', file, '-'])).split('\n');
    expect(contentsLines.some((line) => line.trim() === 'Contents')).toBe(true);
    const numbers: number[] = [];
    let entry = -1;
    for (const line of contentsLines) {
      const item = /^\s*(\d+)\.\s/.exec(line);
      if (item) entry = Number(item[1]) - 1;
      const page = /\S\s{2,}(\d+)\s*$/.exec(line);
      if (entry >= 0 && page) numbers[entry] = Number(page[1]);
    }
    const pages = Number((await pdfInfo(file)).Pages);
    for (const [index, briefing] of briefings.entries()) {
      const number = numbers[index];
      expect(number, briefing.id).toBeDefined();
      const start = Number(number);
      expect(start, briefing.id).toBeGreaterThan(2);
      expect(start, briefing.id).toBeLessThanOrEqual(pages);
      expect(squeeze(await pageText(start)), briefing.id).toContain(squeeze(briefing.metadata.title));
      if (start > 3)
        expect(squeeze(await pageText(start - 1)), briefing.id).not.toContain(squeeze(briefing.metadata.title));
    }
  });
});
