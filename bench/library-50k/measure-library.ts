import type { JSONContent } from '@tiptap/core';
import { BriefingStore } from '../../electron/main/library/briefing-store';
import { measureStalls, threadCpuMs } from '../event-loop-stall-probe';
import { benchmarkQueries } from '../fixtures/seeded-library';
import { sampleStatistics } from '../sample-statistics';

// Runs in its own Node process, as main would, so its memory and event loop are the library's alone.
// `rebuild`: first open of a library without a search index; `open`: one timed open; `use`: search and saves.
const [dataDir, mode] = process.argv.slice(2) as [string, 'rebuild' | 'open' | 'use'];
const pageSize = 100;

async function openTimed(): Promise<{ store: BriefingStore; openMs: number; openCpuMs: number }> {
  const started = performance.now();
  const cpuStarted = threadCpuMs();
  // As the desktop app opens it: the list first, the check against the files after.
  const store = await BriefingStore.open(dataDir, [], undefined, { checkInBackground: true });
  const firstPage = await store.search.search({ query: '', filters: {}, limit: pageSize });
  const openMs = performance.now() - started;
  const openCpuMs = threadCpuMs() - cpuStarted;
  if (firstPage.hits.length !== pageSize) throw new Error(`The first page held ${firstPage.hits.length} rows.`);
  return { store, openMs, openCpuMs };
}

/**
 * The most CPU main's thread spent between two 10 ms ticks: how long it was busy at a stretch,
 * which, unlike a tick's lateness, other processes on a loaded machine do not inflate.
 */
function startBusyProbe(): { stop(): number } {
  let longest = 0;
  let last = threadCpuMs();
  const timer = setInterval(() => {
    const now = threadCpuMs();
    longest = Math.max(longest, now - last);
    last = now;
  }, 10);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(longest, threadCpuMs() - last);
    },
  };
}

async function rebuild(): Promise<Record<string, number>> {
  const { store } = await openTimed();
  const cpuStarted = threadCpuMs();
  const busy = startBusyProbe();
  const stalls = await measureStalls(() => store.search.settled());
  const longestBusyMs = busy.stop();
  // Main's own work during the rebuild, apart from time it lost to other processes on a loaded machine.
  const mainCpuMs = threadCpuMs() - cpuStarted;
  await store.close();
  return {
    rebuildMs: stalls.jobMs,
    longestStallMs: stalls.longestStallMs,
    longestStallCpuMs: stalls.longestStallCpuMs,
    longestStallRunQueueMs: stalls.longestStallRunQueueMs,
    longestBusyMs,
    pings: stalls.pings,
    mainCpuMs,
  };
}

async function use(): Promise<Record<string, number>> {
  const { store, openMs } = await openTimed();
  await store.search.settled();
  for (const query of benchmarkQueries) await store.search.search({ query, filters: {}, limit: pageSize });
  const searches: number[] = [];
  const searchCpu: number[] = [];
  for (let index = 0; index < 200; index += 1) {
    const query = benchmarkQueries[index % benchmarkQueries.length] as string;
    const started = performance.now();
    const cpuStarted = threadCpuMs();
    await store.search.search({ query, filters: {}, limit: pageSize });
    searches.push(performance.now() - started);
    searchCpu.push(threadCpuMs() - cpuStarted);
  }
  // A save of one briefing, until its new text is found: the file, the index row and the search index.
  // A draft: approved and published briefings are read-only.
  const [row] = (await store.search.search({ query: '', filters: { status: 'draft' }, limit: 1 })).hits;
  if (!row) throw new Error('The library is empty.');
  let current = await store.get(row.briefing.id);
  const saves: number[] = [];
  for (let index = 0; index < 20; index += 1) {
    const marker = `savemarker${index}x`;
    const paragraph: JSONContent = { type: 'paragraph', content: [{ type: 'text', text: `Update ${marker}.` }] };
    const started = performance.now();
    current = await store.save({
      id: current.id,
      revision: current.revision,
      metadata: current.metadata,
      content: { ...current.content, content: [...(current.content.content ?? []), paragraph] },
    });
    const found = await store.search.search({ query: marker, filters: {}, limit: 1 });
    saves.push(performance.now() - started);
    if (found.total !== 1) throw new Error(`The saved text ${marker} was found in ${found.total} briefings.`);
  }
  const rss = process.memoryUsage().rss / 1024 / 1024;
  await store.close();
  const search = sampleStatistics(searches);
  const save = sampleStatistics(saves);
  return {
    openMs,
    searchP95Ms: search.p95,
    searchCpuP95Ms: sampleStatistics(searchCpu).p95,
    searchMedianMs: search.median,
    searchSamples: search.count,
    saveReindexMs: save.median,
    saveReindexSamples: save.count,
    rssMb: rss,
  };
}

async function open(): Promise<Record<string, number>> {
  const { openMs, openCpuMs } = await openTimed();
  return { openMs, openCpuMs };
}

const result = mode === 'rebuild' ? await rebuild() : mode === 'use' ? await use() : await open();
process.stdout.write(`${JSON.stringify(result)}\n`);
// An open leaves the search index loading in the background; the measurement is done.
process.exit(0);
