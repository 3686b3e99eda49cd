import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportPurpose } from '../../../electron/common/export/export-purpose';
import { ChromiumPdfPrinter } from '../../../electron/main/export/pdf/chromium-pdf-printer';
import { marginPresets } from '../../../electron/main/export/pdf/pdf-print-options';
import { runExportJob } from '../../../electron/main/export/run-export-job';
import { resolveFixtureAsset } from '../../fixtures/briefings/fixture-assets';
import { reviewedBriefing } from '../../fixtures/briefings/reviewed-briefing';
import { nuHtmlErrors, tool } from './export-checks';

let folder: string;

async function exported(purpose: ExportPurpose, format: 'html' | 'pdf'): Promise<string> {
  const file = path.join(folder, `${purpose}.${format}`);
  await runExportJob({
    briefings: [reviewedBriefing()],
    format,
    pageSize: 'A4',
    margins: marginPresets.normal,
    combine: false,
    purpose,
    target: { file },
    resolveAsset: resolveFixtureAsset,
    appVersion: '0.1.0',
    exportedAt: new Date('2026-11-26T09:45:00Z'),
    openPrinter: () => ChromiumPdfPrinter.launch({ environment: process.env }),
    printTimeoutMs: 60_000,
  });
  return file;
}

/** The PDF's text in reading order, one space between words. */
const pdfText = async (file: string) => (await tool('pdftotext', [file, '-'])).replace(/\s+/g, ' ');

let reviewPdf: string;
let finalPdf: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-review-export-'));
  reviewPdf = await pdfText(await exported('review', 'pdf'));
  finalPdf = await pdfText(await exported('final', 'pdf'));
}, 120_000);

afterAll(() => rm(folder, { recursive: true, force: true }));

describe('a review PDF (pdftotext)', () => {
  it('prints the comments in the margin column with their numbers, authors, replies and state', () => {
    expect(reviewPdf).toContain('Comments');
    expect(reviewPdf).toMatch(
      /1 On “at least 14 people”.*Sam Editor, 26 November 2026 at 10:05 EET \(Europe\/Kyiv\): Whose count is this\? Name the source\./,
    );
    expect(reviewPdf).toContain(
      'Dana Reyes, 26 November 2026 at 10:12 EET (Europe/Kyiv): Regional administration, 09:00.',
    );
    expect(reviewPdf).toMatch(/2 On “resumed in Istanbul”.*Resolved by Sam Editor/);
  });

  it('labels each suggestion in words, with who and when', () => {
    expect(reviewPdf).toContain('[Deleted by Sam Editor, 26 November 2026 at 10:10 EET (Europe/Kyiv)] badly');
    expect(reviewPdf).toContain(
      '[Inserted by Sam Editor, 26 November 2026 at 10:09 EET (Europe/Kyiv)] , the regional governor said',
    );
    expect(reviewPdf).toContain('[Deleted by Lea Okafor');
    expect(reviewPdf).toMatch(/ceasefire.*maritime truce/);
  });
});

describe('a final PDF (pdftotext)', () => {
  it('prints the text with the suggestions accepted and no comment, marker or label', () => {
    expect(finalPdf).toContain(
      'wounding at least 14 people and damaging two grain terminals, the regional governor said.',
    );
    expect(finalPdf).toContain('talks on a maritime truce.');
    for (const absent of ['badly', 'ceasefire', 'Comments', 'Sam Editor', 'Whose count', '[Inserted', '[Deleted']) {
      expect(finalPdf, absent).not.toContain(absent);
    }
  });
});

describe('a review HTML export', () => {
  it('is valid HTML (W3C Nu checker)', async () => {
    expect(await nuHtmlErrors([await exported('review', 'html')])).toEqual([]);
  }, 60_000);
});
