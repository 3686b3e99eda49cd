import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { ChromiumPdfPrinter } from '../../electron/main/export/pdf/chromium-pdf-printer';
import { marginPresets } from '../../electron/main/export/pdf/pdf-print-options';
import { runExportJob } from '../../electron/main/export/run-export-job';
import { launchHarnessBrowser } from '../../tests/e2e/harness/app-harness';
import { resolveFixtureAsset } from '../../tests/fixtures/briefings/fixture-assets';
import { reviewedBriefing } from '../../tests/fixtures/briefings/reviewed-briefing';

const run = promisify(execFile);

/**
 * The review export of a briefing under review: its HTML as a reader's browser shows it, and the first
 * page of its PDF — comments in the margin column with numbered markers, suggestions labelled in words.
 */
export async function takeReviewExportShots(outputDir: string): Promise<void> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-review-shots-'));
  try {
    const exportAs = (format: 'html' | 'pdf') =>
      runExportJob({
        briefings: [reviewedBriefing()],
        format,
        pageSize: 'A4',
        margins: marginPresets.normal,
        combine: false,
        purpose: 'review',
        target: { file: path.join(folder, `review.${format}`) },
        resolveAsset: resolveFixtureAsset,
        appVersion: '0.1.0',
        exportedAt: new Date('2026-11-26T09:45:00Z'),
        openPrinter: () => ChromiumPdfPrinter.launch({ environment: process.env }),
        printTimeoutMs: 60_000,
      });
    await exportAs('html');
    await exportAs('pdf');

    const browser = await launchHarnessBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
      await page.goto(pathToFileURL(path.join(folder, 'review.html')).href);
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: path.join(outputDir, 'review-export-html.png') });
    } finally {
      await browser.close();
    }
    await run('pdftoppm', [
      '-png',
      '-r',
      '70',
      '-f',
      '1',
      '-l',
      '1',
      path.join(folder, 'review.pdf'),
      path.join(folder, 'page'),
    ]);
    const [firstPage] = (await readdir(folder)).filter((name) => name.startsWith('page')).sort();
    await rename(path.join(folder, firstPage as string), path.join(outputDir, 'review-export-pdf.png'));
    console.log('Wrote docs/screenshots/review-export-html.png and review-export-pdf.png');
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
