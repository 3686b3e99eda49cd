import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { register } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { findChromium, quietChromiumFlags } from '../electron/main/chromium/find-chromium';
import { measureStalls } from './event-loop-stall-probe';
import { generateLargeBriefingWithImages } from './fixtures/large-briefing-with-images';
import { sampleStatistics } from './sample-statistics';

const htmlRuns = 20;
const pdfRuns = 9;

/** A bare Chromium printing a file it loads itself: the reference the export's PDF is compared with. */
async function openReferenceChromium(profileDir: string) {
  const { CdpPipeConnection } = await import('../electron/main/export/pdf/cdp-pipe-connection');
  const executable = findChromium(undefined, process.env);
  if (!executable) throw new Error('The export benchmarks need Chromium; set BRIEFDESK_CHROMIUM.');
  const child = spawn(
    executable,
    [...quietChromiumFlags, '--headless', '--remote-debugging-pipe', `--user-data-dir=${profileDir}`],
    {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
    },
  );
  const connection = new CdpPipeConnection(child);
  const { targetId } = (await connection.send('Target.createTarget', { url: 'about:blank' })) as { targetId: string };
  const { sessionId } = (await connection.send('Target.attachToTarget', { targetId, flatten: true })) as {
    sessionId: string;
  };
  await connection.send('Page.enable', {}, sessionId);
  return {
    async print(fileUrl: string, parameters: Record<string, unknown>): Promise<void> {
      const loaded = new Promise<void>((resolve) => {
        const stop = connection.onEvent((event) => {
          if (event.sessionId === sessionId && event.method === 'Page.loadEventFired') {
            stop();
            resolve();
          }
        });
      });
      await connection.send('Page.navigate', { url: fileUrl }, sessionId);
      await loaded;
      await connection.send('Page.printToPDF', parameters, sessionId);
    },
    async close(): Promise<void> {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      void connection.send('Browser.close').catch(() => undefined);
      await exited;
    },
  };
}

/** QUALITY.md's export figures for the large briefing: HTML time, PDF time, and PDF against bare Chromium. */
export async function runExportBenchmarks(): Promise<Record<string, number>> {
  register('./inline-asset-hooks.mjs', import.meta.url);
  const { renderBriefingHtml } = await import('../electron/main/export/render-briefing-html');
  const { renderBriefingHtmlInWorker } = await import('../electron/main/app/document-worker/document-worker-client');
  const { ChromiumPdfPrinter } = await import('../electron/main/export/pdf/chromium-pdf-printer');
  const { exportBriefingPdf } = await import('../electron/main/export/pdf/print-briefing-pdf');
  const { printCombinedPdf } = await import('../electron/main/export/pdf/print-combined-pdf');
  const { devToolsPrintParameters, marginPresets } = await import('../electron/main/export/pdf/pdf-print-options');
  const { exportMetadataFields } = await import('../electron/common/export/export-request');

  const { briefing, images } = generateLargeBriefingWithImages();
  const options = {
    resolveAsset: async (source: string) => {
      const bytes = images.get(source);
      return bytes ? { mediaType: 'image/png', bytes } : undefined;
    },
    exportedAt: new Date('2026-11-26T07:45:00Z'),
    appVersion: 'bench',
    pageSize: 'A4' as const,
  };
  // As an export renders it: in the document worker, with the assets read in main. One untimed round starts the worker.
  await renderBriefingHtmlInWorker(briefing, options);
  const htmlSamples: number[] = [];
  for (let run = 0; run < htmlRuns; run += 1) {
    const started = performance.now();
    await renderBriefingHtmlInWorker(briefing, options);
    htmlSamples.push(performance.now() - started);
  }

  const folder = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-bench-export-'));
  const printer = await ChromiumPdfPrinter.launch({ environment: process.env });
  const reference = await openReferenceChromium(path.join(folder, 'reference-profile'));
  const pdfSamples: number[] = [];
  const referenceSamples: number[] = [];
  const ratioSamples: number[] = [];
  let pages = 0;
  const unmeasured = {
    longestStallMs: Number.NaN,
    longestStallCpuMs: Number.NaN,
    longestStallRunQueueMs: Number.NaN,
    pings: 0,
    mainThreadCpuMs: Number.NaN,
  };
  let exportStall = unmeasured;
  let combinedStall = unmeasured;
  try {
    const rendered = await renderBriefingHtml(briefing, options);
    const htmlFile = path.join(folder, 'large.html');
    await writeFile(htmlFile, rendered.html);
    const printOptions = {
      pageSize: 'A4' as const,
      margins: marginPresets.normal,
      headerTitle: rendered.title,
      classification: rendered.classification,
      exportedAt: options.exportedAt,
      timeoutMs: 120_000,
    };
    const jobOptions = { ...printOptions, appVersion: 'bench', shown: new Set(exportMetadataFields) };
    // One untimed round each, so neither side pays for first-use compilation in the figures.
    await exportBriefingPdf(printer, briefing, options, jobOptions);
    await reference.print(pathToFileURL(htmlFile).href, devToolsPrintParameters(printOptions));
    // Each round prints both, the first of the two alternating, and keeps their ratio: on a shared machine the load
    // drifts between rounds, and a ratio taken within one round cancels most of it.
    const exportOnce = async () => {
      const started = performance.now();
      const { pdf } = await exportBriefingPdf(printer, briefing, options, jobOptions);
      const elapsed = performance.now() - started;
      pages = (
        Buffer.from(pdf)
          .toString('latin1')
          .match(/\/Type\s*\/Page\b/g) ?? []
      ).length;
      return elapsed;
    };
    const referenceOnce = async () => {
      const started = performance.now();
      await reference.print(pathToFileURL(htmlFile).href, devToolsPrintParameters(printOptions));
      return performance.now() - started;
    };
    for (let run = 0; run < pdfRuns; run += 1) {
      const exportFirst = run % 2 === 0;
      const first = await (exportFirst ? exportOnce() : referenceOnce());
      const second = await (exportFirst ? referenceOnce() : exportOnce());
      const [exportMs, referenceMs] = exportFirst ? [first, second] : [second, first];
      pdfSamples.push(exportMs);
      referenceSamples.push(referenceMs);
      ratioSamples.push(exportMs / referenceMs);
    }
    // The whole export as main runs it (render written by the worker, print, properties and PDF/UA repair in the worker) under the stall probe.
    exportStall = await measureStalls(() => exportBriefingPdf(printer, briefing, options, jobOptions));
    // Two large briefings in one file behind a cover and contents: rendered, printed, measured, rendered and printed again.
    const pair = [briefing, { ...briefing, id: `${briefing.id}-second` }];
    combinedStall = await measureStalls(() => printCombinedPdf(printer, pair, options, jobOptions));
  } finally {
    await printer.close();
    await reference.close();
    await rm(folder, { recursive: true, force: true });
  }
  const html = sampleStatistics(htmlSamples);
  const pdf = sampleStatistics(pdfSamples);
  const direct = sampleStatistics(referenceSamples);
  return {
    export_html_large_ms: html.median,
    export_html_large_p95_ms: html.p95,
    export_html_large_samples: html.count,
    export_pdf_large_ms: pdf.median,
    export_pdf_chromium_direct_ms: direct.median,
    export_pdf_ratio_vs_chromium: sampleStatistics(ratioSamples).median,
    export_pdf_ratio_of_medians_vs_chromium: pdf.median / direct.median,
    export_pdf_samples: pdf.count,
    export_pdf_large_pages: pages,
    main_longest_stall_ms_export_pdf: exportStall.longestStallMs,
    // Over the longest stall's wait: main's own CPU (collections included) and its wait for a core.
    main_longest_stall_cpu_ms_export_pdf: exportStall.longestStallCpuMs,
    main_longest_stall_runqueue_ms_export_pdf: exportStall.longestStallRunQueueMs,
    main_longest_stall_ms_export_pdf_pings: exportStall.pings,
    main_thread_cpu_ms_export_pdf: exportStall.mainThreadCpuMs,
    main_longest_stall_ms_export_combined_pdf: combinedStall.longestStallMs,
    main_longest_stall_cpu_ms_export_combined_pdf: combinedStall.longestStallCpuMs,
    main_longest_stall_runqueue_ms_export_combined_pdf: combinedStall.longestStallRunQueueMs,
    main_longest_stall_ms_export_combined_pdf_pings: combinedStall.pings,
    main_thread_cpu_ms_export_combined_pdf: combinedStall.mainThreadCpuMs,
  };
}
