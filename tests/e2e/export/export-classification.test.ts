import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChromiumPdfPrinter } from '../../../electron/main/export/pdf/chromium-pdf-printer';
import { marginPresets } from '../../../electron/main/export/pdf/pdf-print-options';
import { runExportJob } from '../../../electron/main/export/run-export-job';
import { doc, fixtureBriefing, paragraph, section } from '../../fixtures/briefings/document-builders';
import { collapse, pdfInfo, tool } from './export-checks';

const longTitle =
  'Overnight strikes on energy infrastructure leave Kharkiv, Odesa, Dnipro and Zaporizhzhia regions without power as humanitarian partners scale up winter response and delegations resume talks in Geneva';

const filler = Array.from({ length: 14 }, (_, index) =>
  paragraph(
    `Paragraph ${index + 1}. Regional administrations reported damage to substations, water pumping stations and residential buildings; repair crews worked through the night while shelters stayed open and heating points served several thousand people in each city.`.repeat(
      3,
    ),
  ),
);

const briefing = fixtureBriefing(
  'fixture-long-title',
  {
    title: longTitle,
    timeZone: 'Europe/Kyiv',
    classification: { level: 'confidential', customLabel: '' },
  },
  doc(section('impact', 'Impact', ...filler)),
);

let folder: string;
let pdf: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-export-classification-'));
  pdf = path.join(folder, 'long-title.pdf');
  await runExportJob({
    briefings: [briefing],
    format: 'pdf',
    pageSize: 'A4',
    margins: marginPresets.normal,
    combine: false,
    target: { file: pdf },
    resolveAsset: async () => undefined,
    appVersion: '0.1.0',
    exportedAt: new Date('2026-11-26T07:45:00Z'),
    openPrinter: () => ChromiumPdfPrinter.launch({ environment: process.env }),
    printTimeoutMs: 60_000,
  });
}, 120_000);

afterAll(() => rm(folder, { recursive: true, force: true }));

describe('the running header of a briefing with a long title', () => {
  it('prints the classification and the start of the cut title on every page', async () => {
    const pages = Number((await pdfInfo(pdf)).Pages);
    expect(pages).toBeGreaterThanOrEqual(3);
    for (let page = 1; page <= pages; page += 1) {
      const lines = (await tool('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-']))
        .split('\n')
        .map(collapse)
        .filter(Boolean);
      const firstLine = lines[0] ?? '';
      expect(firstLine, `page ${page} header`).toContain('Overnight strikes on energy');
      expect(firstLine, `page ${page} header`).toContain('CONFIDENTIAL');
    }
  });
});
