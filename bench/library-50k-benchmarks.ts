import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { writeSeededLibrary } from './fixtures/write-seeded-library';
import { sampleStatistics } from './sample-statistics';

const run = promisify(execFile);
const libraryBriefings = Number(process.env.BRIEFDESK_BENCH_50K_SIZE ?? 50_000);
const opens = 5;

/** Runs one measurement of bench/library-50k/measure-library.ts in a fresh Node process. */
async function measure(dataDir: string, mode: 'rebuild' | 'open' | 'use'): Promise<Record<string, number>> {
  const script = path.join(import.meta.dirname, 'library-50k', 'measure-library.ts');
  const { stdout } = await run(process.execPath, ['--import', 'tsx', script, dataDir, mode], {
    maxBuffer: 1024 * 1024,
    timeout: 30 * 60 * 1000,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, number>;
}

/**
 * The archive a desk reaches in a few years: 50,000 briefings of 300–3,000 words, written
 * in the stored format (seeded), then opened by fresh processes running main's library code:
 * the first open builds the search index (under the stall probe), later opens are timed
 * to the first page of the list, and one process searches, saves and reports its memory.
 */
export async function runLibrary50kBenchmarks(): Promise<Record<string, number>> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-bench-library-50k-'));
  try {
    console.error(`  writing ${libraryBriefings} seeded briefings…`);
    await writeSeededLibrary(dataDir, { count: libraryBriefings, seed: 50_000, words: { min: 300, max: 3000 } });
    console.error('  first open: building the search index…');
    const rebuild = await measure(dataDir, 'rebuild');
    const openSamples: number[] = [];
    const openCpuSamples: number[] = [];
    for (let index = 0; index < opens; index += 1) {
      const measured = await measure(dataDir, 'open');
      openSamples.push(measured.openMs ?? Number.NaN);
      openCpuSamples.push(measured.openCpuMs ?? Number.NaN);
    }
    const use = await measure(dataDir, 'use');
    const open = sampleStatistics(openSamples);
    return {
      library_50k_open_ms: open.median,
      library_50k_open_samples: open.count,
      library_50k_open_main_thread_cpu_ms: sampleStatistics(openCpuSamples).median,
      library_50k_search_p95_ms: use.searchP95Ms ?? Number.NaN,
      library_50k_search_median_ms: use.searchMedianMs ?? Number.NaN,
      library_50k_search_main_thread_cpu_p95_ms: use.searchCpuP95Ms ?? Number.NaN,
      library_50k_search_samples: use.searchSamples ?? Number.NaN,
      library_50k_main_rss_mb: use.rssMb ?? Number.NaN,
      library_50k_save_reindex_ms: use.saveReindexMs ?? Number.NaN,
      library_50k_save_reindex_samples: use.saveReindexSamples ?? Number.NaN,
      library_50k_search_rebuild_ms: rebuild.rebuildMs ?? Number.NaN,
      main_longest_stall_ms_index_rebuild: rebuild.longestStallMs ?? Number.NaN,
      main_longest_stall_cpu_ms_index_rebuild: rebuild.longestStallCpuMs ?? Number.NaN,
      main_longest_stall_runqueue_ms_index_rebuild: rebuild.longestStallRunQueueMs ?? Number.NaN,
      main_longest_busy_ms_index_rebuild: rebuild.longestBusyMs ?? Number.NaN,
      library_50k_search_rebuild_main_thread_cpu_ms: rebuild.mainCpuMs ?? Number.NaN,
      main_longest_stall_ms_index_rebuild_samples: rebuild.pings ?? Number.NaN,
    };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
