import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportPurpose } from '../../../electron/common/export/export-purpose';
import { ChromiumPdfPrinter } from '../../../electron/main/export/pdf/chromium-pdf-printer';
import { marginPresets } from '../../../electron/main/export/pdf/pdf-print-options';
import { runExportJob } from '../../../electron/main/export/run-export-job';
import { everyNodeBriefing } from '../../fixtures/briefings/every-node-briefing';
import { resolveFixtureAsset } from '../../fixtures/briefings/fixture-assets';
import { freshTemplateBriefing } from '../../fixtures/briefings/fresh-template-briefing';
import { nuHtmlErrors, tool } from './export-checks';

let folder: string;
const fresh = freshTemplateBriefing('situation-update');

async function exportedText(purpose: ExportPurpose): Promise<string> {
  const file = path.join(folder, `${purpose}.pdf`);
  await runExportJob({
    briefings: [fresh],
    format: 'pdf',
    pageSize: 'A4',
    margins: marginPresets.normal,
    combine: false,
    purpose,
    target: { file },
    resolveAsset: resolveFixtureAsset,
    appVersion: '0.1.0',
    exportedAt: new Date('2026-11-26T07:45:00Z'),
    openPrinter: () => ChromiumPdfPrinter.launch({ environment: process.env }),
    printTimeoutMs: 60_000,
  });
  return tool('pdftotext', ['-layout', file, '-']);
}

let finalText: string;
let reviewText: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-unfinished-'));
  finalText = await exportedText('final');
  reviewText = await exportedText('review');
}, 120_000);

afterAll(() => rm(folder, { recursive: true, force: true }));

/** Lines made only of bullets and dashes, e.g. "–   –   –" where key figures have no value. */
const loneMarks = (text: string) => text.split('\n').filter((line) => /^[\s•·–—-]*[•·–—-][\s•·–—-]*$/u.test(line));

describe('a fresh situation update printed to PDF (pdftotext)', () => {
  it('has, as a final export, no line that is only a bullet or a dash, and none of the empty sections', () => {
    expect(finalText).toContain('Dana Reyes');
    expect(loneMarks(finalText)).toEqual([]);
    expect(finalText).not.toContain('Affected areas');
    expect(finalText).not.toContain('People killed');
    expect(finalText).not.toContain('Unfinished');
  });

  it('marks, as a review export, each unfinished part in words instead', () => {
    expect(loneMarks(reviewText)).toEqual([]);
    expect(reviewText).toContain('Affected areas');
    expect(reviewText).toContain('Unfinished: empty section');
    expect(reviewText).toContain('Unfinished: empty list item');
    expect(reviewText).toContain('People killed');
    expect(reviewText).toContain('Unfinished: no value yet');
  });
});

describe('a review export as HTML', () => {
  it('stays valid HTML with its markers (W3C Nu checker)', async () => {
    const result = await runExportJob({
      briefings: [fresh, everyNodeBriefing()],
      format: 'html',
      pageSize: 'A4',
      margins: marginPresets.normal,
      combine: false,
      purpose: 'review',
      target: { folder: path.join(folder, 'review-html') },
      resolveAsset: resolveFixtureAsset,
      appVersion: '0.1.0',
      exportedAt: new Date('2026-11-26T07:45:00Z'),
      openPrinter: () => Promise.reject(new Error('HTML needs no printer.')),
      printTimeoutMs: 60_000,
    });
    expect(await nuHtmlErrors(result.files.map((file) => file.path))).toEqual([]);
  }, 60_000);
});
