import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateLargeBriefingWithImages } from '../../../bench/fixtures/large-briefing-with-images';
import { ChromiumPdfPrinter } from '../../../electron/main/export/pdf/chromium-pdf-printer';
import { marginPresets } from '../../../electron/main/export/pdf/pdf-print-options';
import { runExportJob } from '../../../electron/main/export/run-export-job';
import { collapse, expectedTexts, pdfInfo, tool } from './export-checks';

const { briefing, images } = generateLargeBriefingWithImages();
let folder: string;
let pdf: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-export-pages-'));
  pdf = path.join(folder, 'large.pdf');
  await runExportJob({
    briefings: [briefing],
    format: 'pdf',
    pageSize: 'A4',
    margins: marginPresets.normal,
    combine: false,
    target: { file: pdf },
    resolveAsset: async (source) => {
      const bytes = images.get(source);
      return bytes ? { mediaType: 'image/png', bytes } : undefined;
    },
    appVersion: '0.1.0',
    exportedAt: new Date('2026-11-26T07:45:00Z'),
    openPrinter: () => ChromiumPdfPrinter.launch({ environment: process.env }),
    printTimeoutMs: 120_000,
  });
}, 180_000);

afterAll(() => rm(folder, { recursive: true, force: true }));

describe('pagination of a 25,000-word briefing', () => {
  it('never leaves a heading as the last line of a page, and numbers every page', async () => {
    const pages = Number((await pdfInfo(pdf)).Pages);
    expect(pages).toBeGreaterThan(50);
    const headings = expectedTexts(briefing).headings.map(collapse);
    const stranded: string[] = [];
    for (let page = 1; page <= pages; page += 1) {
      const lines = (await tool('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-']))
        .split('\n')
        .map(collapse)
        .filter(Boolean);
      const footer = lines.findIndex((line) => line.includes(`Page ${page} of ${pages}`));
      expect(footer, `page ${page} footer`).toBeGreaterThan(0);
      const lastBodyLine = lines[footer - 1] ?? '';
      if (headings.some((heading) => heading.endsWith(lastBodyLine))) stranded.push(`page ${page}: ${lastBodyLine}`);
    }
    expect(stranded).toEqual([]);
  }, 120_000);
});
