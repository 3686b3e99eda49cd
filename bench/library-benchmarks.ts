import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { serialize } from 'node:v8';
import type { Briefing } from '../electron/common/briefing/briefing';
import { savedChangesSchema } from '../electron/common/briefing/briefing-requests';
import { countWords } from '../electron/common/document/count-words';
import { journalWriteSchema } from '../electron/common/library/library-requests';
import { toSavedBriefing } from '../electron/common/library/saved-briefing';
import { appBriefingPreparer } from '../electron/main/app/app-briefing-preparer';
import { stopDocumentWorker } from '../electron/main/app/document-worker/document-worker-client';
import { BriefingStore } from '../electron/main/library/briefing-store';
import { seededRandom } from '../tests/support/seeded-random';
import { benchmarkQueries, largeBriefingBody, seededBriefing } from './fixtures/seeded-library';
import { sampleStatistics } from './sample-statistics';

const libraryBriefings = Number(process.env.BRIEFDESK_BENCH_LIBRARY_SIZE ?? 5000);

/** Builds the seeded 5,000-briefing library (1,000–8,000 words each) through the real store. */
async function seedLibrary(dataDir: string): Promise<void> {
  const random = seededRandom(5000);
  const store = await BriefingStore.open(dataDir, []);
  for (let index = 0; index < libraryBriefings; index += 1) {
    await store.create(seededBriefing(random, index));
    if (index % 500 === 499) console.error(`  seeded ${index + 1} briefings`);
  }
  await store.close();
}

/** The briefing with one word typed at the end of its last paragraph, as an autosave sends it. */
function withWordTyped(briefing: Briefing, word: string): Briefing['content'] {
  const blocks = [...(briefing.content.content ?? [])];
  blocks.push({ type: 'paragraph', content: [{ type: 'text', text: word }] });
  return { ...briefing.content, content: blocks };
}

/**
 * One autosave of `current` with `word` typed: the saved briefing, its wall time and main's thread CPU in ms. `asSent`:
 * the request as the editor sends it, the body as one JSON text (made before the clock starts, as the page makes it)
 * checked as IPC checks it (`savedChangesSchema`), then saved, and the answer serialized as IPC copies it back
 * (`toSavedBriefing`, then V8's serializer, which Electron's IPC uses).
 */
async function timedAutosave(
  store: BriefingStore,
  current: Briefing,
  word: string,
  { asSent = false } = {},
): Promise<{ saved: Briefing; wallMs: number; cpuMs: number }> {
  const fields = { id: current.id, revision: current.revision, metadata: current.metadata };
  const content = withWordTyped(current, word);
  const contentJson = asSent ? JSON.stringify(content) : undefined;
  const started = performance.now();
  const cpuBefore = process.threadCpuUsage();
  const saved = await store.save(
    contentJson === undefined ? { ...fields, content } : savedChangesSchema.parse({ ...fields, contentJson }),
  );
  if (asSent) serialize(toSavedBriefing(saved));
  const wallMs = performance.now() - started;
  const cpu = process.threadCpuUsage(cpuBefore);
  return { saved, wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

/**
 * `library_open_ms`: opening the library as the app does until its first page of rows is ready (median of 5
 * opens); `library_check_ms`: from the same start until the start-up check of every file is done, which the
 * app runs after the list shows;
 * `library_search_p95_ms`: 200 searches with snippets; `autosave_large_ms`: `store.save` of the
 * ~25,000-word briefing with one more word each time, the path an autosave takes in main (check, durable
 * write, index, search queue, history), and `autosave_large_main_thread_cpu_ms` the CPU time main's thread
 * spent in it, which other processes on the machine do not inflate; `save_large_median_ms`: the same save
 * with the text unchanged; `autosave_large_app_path_ms` and its main-thread CPU: the same autosave as the desktop app
 * makes it, the body sent as JSON text and checked as IPC checks it, then prepared by the app's preparer
 * (`appBriefingPreparer`), and the answer serialized as IPC sends it back;
 * `journal_write_large_ms`: the recovery-journal write the editor makes between saves;
 * `journal_write_large_as_sent_ms`: the same write as the editor sends it, the body as one JSON text checked as
 * IPC checks it (`journalWriteSchema`), then written.
 */
export async function runLibraryBenchmarks(): Promise<Record<string, number>> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-bench-library-'));
  try {
    console.error(`  seeding ${libraryBriefings} briefings…`);
    await seedLibrary(dataDir);
    const opens: number[] = [];
    const checks: number[] = [];
    let store: BriefingStore | undefined;
    for (let run = 0; run < 5; run += 1) {
      await store?.close();
      const started = performance.now();
      // As the desktop app opens it: the list first, the check of every file against the index after it.
      store = await BriefingStore.open(dataDir, [], undefined, { checkInBackground: true });
      const firstPage = await store.search.search({ query: '', filters: {}, limit: 500 });
      opens.push(performance.now() - started);
      if (firstPage.total !== libraryBriefings) throw new Error(`listed ${firstPage.total} briefings`);
      await store.checked();
      checks.push(performance.now() - started);
    }
    if (!store) throw new Error('no store');
    await store.search.settled();
    // One untimed pass first, so the figures are for warmed-up code, as in a running app.
    for (const query of benchmarkQueries) await store.search.search({ query, filters: {}, limit: 500 });
    const searches: number[] = [];
    for (let index = 0; index < 200; index += 1) {
      const query = benchmarkQueries[index % benchmarkQueries.length] as string;
      const started = performance.now();
      await store.search.search({ query, filters: {}, limit: 500 });
      searches.push(performance.now() - started);
    }
    const large = await store.create({ metadata: { title: 'Large reference briefing' }, content: largeBriefingBody() });
    console.error(`  large briefing: ${countWords(large.content)} words`);
    const autosaves: number[] = [];
    const autosaveCpu: number[] = [];
    const journalWrites: number[] = [];
    const journalWritesAsSent: number[] = [];
    const saves: number[] = [];
    let current = large;
    for (let index = 0; index < 40; index += 1) {
      const journalStarted = performance.now();
      await store.writeJournal({
        briefingId: current.id,
        revision: current.revision,
        metadata: { ...current.metadata },
        content: current.content,
      });
      journalWrites.push(performance.now() - journalStarted);
      const autosave = await timedAutosave(store, current, `word${index}`);
      current = autosave.saved;
      autosaves.push(autosave.wallMs);
      autosaveCpu.push(autosave.cpuMs);
      const saveStarted = performance.now();
      current = await store.save({
        id: current.id,
        revision: current.revision,
        metadata: current.metadata,
        content: current.content,
      });
      saves.push(performance.now() - saveStarted);
      const contentJson = JSON.stringify(withWordTyped(current, `more${index}`));
      const asSentStarted = performance.now();
      const request = journalWriteSchema.parse({
        briefingId: current.id,
        revision: current.revision,
        metadata: { ...current.metadata },
        contentJson,
      });
      await store.writeJournal(request);
      journalWritesAsSent.push(performance.now() - asSentStarted);
    }
    // The same autosaves as the app makes them: sent as the editor sends them, prepared with the app's preparer.
    store.prepareBriefingsWith(appBriefingPreparer);
    const appPathAutosaves: number[] = [];
    const appPathAutosaveCpu: number[] = [];
    for (let index = 0; index < 40; index += 1) {
      const autosave = await timedAutosave(store, current, `app${index}`, { asSent: true });
      current = autosave.saved;
      appPathAutosaves.push(autosave.wallMs);
      appPathAutosaveCpu.push(autosave.cpuMs);
    }
    await store.close();
    await stopDocumentWorker();
    return {
      library_open_ms: sampleStatistics(opens).median,
      library_open_samples: opens.length,
      library_check_ms: sampleStatistics(checks).median,
      library_check_samples: checks.length,
      library_search_p95_ms: sampleStatistics(searches).p95,
      library_search_median_ms: sampleStatistics(searches).median,
      library_search_samples: searches.length,
      autosave_large_ms: sampleStatistics(autosaves).median,
      autosave_large_samples: autosaves.length,
      autosave_large_main_thread_cpu_ms: sampleStatistics(autosaveCpu).median,
      autosave_large_app_path_ms: sampleStatistics(appPathAutosaves).median,
      autosave_large_app_path_samples: appPathAutosaves.length,
      autosave_large_app_path_main_thread_cpu_ms: sampleStatistics(appPathAutosaveCpu).median,
      journal_write_large_ms: sampleStatistics(journalWrites).median,
      journal_write_large_samples: journalWrites.length,
      journal_write_large_as_sent_ms: sampleStatistics(journalWritesAsSent).median,
      journal_write_large_as_sent_samples: journalWritesAsSent.length,
      save_large_median_ms: sampleStatistics(saves).median,
      save_large_samples: saves.length,
    };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
