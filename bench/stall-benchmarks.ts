import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { appBriefingPreparer } from '../electron/main/app/app-briefing-preparer';
import { stopDocumentWorker } from '../electron/main/app/document-worker/document-worker-client';
import { ImportService } from '../electron/main/import/import-service';
import { BriefingStore } from '../electron/main/library/briefing-store';
import { measureStalls } from './event-loop-stall-probe';
import { largeArticle } from './import-benchmarks';
import { sampleStatistics } from './sample-statistics';

const imports = 5;

/**
 * The longest stall of main's event loop (a 10 ms timer's lateness, in this process, which runs
 * main's import code) while the ~25,000-word HTML article is imported as main imports it: converted
 * in the import worker, checked and serialized in the document worker, then written as a new briefing.
 * Worst of `imports` imports.
 * The PDF export's and the index rebuild's stalls are measured in their own suites.
 */
export async function runStallBenchmarks(): Promise<Record<string, number>> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-bench-stall-'));
  const store = await BriefingStore.open(dataDir, []);
  // As the app opens it: an import's briefing is checked and serialized in the document worker.
  store.prepareBriefingsWith(appBriefingPreparer);
  try {
    const service = new ImportService({ briefings: store, assets: null, findTemplate: async () => undefined });
    const article = largeArticle();
    // One import first, so the worker has started and loaded its modules as in a running app.
    await service.importText(article.html, 'html', {}, 'warm-up');
    let longest = { longestStallMs: 0, longestStallCpuMs: Number.NaN, longestStallRunQueueMs: Number.NaN };
    let pings = 0;
    const cpu: number[] = [];
    for (let index = 0; index < imports; index += 1) {
      const report = await measureStalls(() => service.importText(article.html, 'html', {}, 'Large article'));
      if (report.longestStallMs > longest.longestStallMs) longest = report;
      pings += report.pings;
      cpu.push(report.mainThreadCpuMs);
    }
    return {
      main_thread_cpu_ms_import: sampleStatistics(cpu).median,
      main_thread_cpu_ms_import_samples: cpu.length,
      main_longest_stall_ms_import: longest.longestStallMs,
      // Over the longest stall's wait: main's own CPU (collections included) and its wait for a core.
      main_longest_stall_cpu_ms_import: longest.longestStallCpuMs,
      main_longest_stall_runqueue_ms_import: longest.longestStallRunQueueMs,
      main_longest_stall_ms_import_samples: imports,
      main_longest_stall_ms_import_pings: pings,
    };
  } finally {
    await store.close();
    await stopDocumentWorker();
    await rm(dataDir, { recursive: true, force: true });
  }
}
