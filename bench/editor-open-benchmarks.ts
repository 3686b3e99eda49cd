import type { Page } from 'playwright-core';
import { toOpenedBriefing } from '../electron/common/library/opened-briefing';
import { BriefingStore } from '../electron/main/library/briefing-store';
import { closeHarnessBrowser, type HarnessApp, openHarnessApp } from '../tests/e2e/harness/app-harness';
import { generateLargeBriefing } from './fixtures/large-briefing';
import { sampleStatistics } from './sample-statistics';

const openRepetitions = 9;

/** One open's span and its three parts, which add up to it. */
interface OpenSample {
  /** From asking for the editor route to the first paint of its body. */
  total: number;
  /** From asking for the route to the screen sending its request for the briefing (the route change). */
  request: number;
  /** From that request to the briefing's arrival in the page: main's load and the harness's bridge carrying it. */
  arrival: number;
  /** From the briefing's arrival in the renderer to the first paint of its body. */
  render: number;
}

/**
 * Opening the briefing in the page, as one span: from asking for the editor route to the first
 * paint of its body (main's load through the harness's IPC bridge, parse, editor view, layout, paint).
 */
async function measureOpen(page: Page, id: string): Promise<OpenSample> {
  await page.evaluate(() => {
    window.location.hash = '#/settings';
  });
  await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
  return page.evaluate(async (briefingId) => {
    performance.clearMarks();
    const started = performance.now();
    const painted = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if ((document.querySelector('.briefing-body')?.childElementCount ?? 0) > 0) {
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(resolve, 0));
        }
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
    window.location.hash = `#/editor/${briefingId}`;
    await painted;
    const finished = performance.now();
    const requested = performance.getEntriesByName('briefdesk:editor-load-start')[0]?.startTime ?? started;
    const loaded = performance.getEntriesByName('briefdesk:editor-loaded')[0]?.startTime ?? requested;
    return {
      total: finished - started,
      request: requested - started,
      arrival: loaded - requested,
      render: finished - loaded,
    };
  }, id);
}

/** `briefings.open` as main runs it (read, parse, schema check, body written as JSON) on the reference briefing. */
async function measureMainLoad(dataDir: string, id: string): Promise<number> {
  const store = await BriefingStore.open(dataDir, []);
  try {
    const samples: number[] = [];
    for (let index = 0; index < 15; index += 1) {
      const started = performance.now();
      structuredClone(toOpenedBriefing(await store.get(id)));
      samples.push(performance.now() - started);
    }
    return sampleStatistics(samples.slice(3)).median;
  } finally {
    await store.close();
  }
}

/**
 * What Electron's IPC does to `briefings.open`'s answer, serialised in main and rebuilt in the page, measured
 * as the page's structured clone of that answer (median of 12): the harness's bridge carries it instead.
 */
async function measureAnswerClone(page: Page, id: string): Promise<number> {
  const samples = await page.evaluate(async (briefingId) => {
    const answer = await window.briefdesk?.briefings.open({ id: briefingId });
    const durations: number[] = [];
    for (let index = 0; index < 15; index += 1) {
      const started = performance.now();
      structuredClone(answer);
      durations.push(performance.now() - started);
    }
    return durations;
  }, id);
  return sampleStatistics(samples.slice(3)).median;
}

/** The open figures for briefing `id` in `app`, the page left on the open briefing. */
export async function measureEditorOpen(app: HarnessApp, id: string): Promise<Record<string, number>> {
  const samples: OpenSample[] = [];
  for (let index = 0; index < openRepetitions; index += 1) samples.push(await measureOpen(app.page, id));
  const mainLoad = await measureMainLoad(app.dataDir, id);
  const answerClone = await measureAnswerClone(app.page, id);
  const render = sampleStatistics(samples.map((sample) => sample.render));
  const open = sampleStatistics(samples.map((sample) => sample.total));
  return {
    // One span in the test harness, whose Playwright IPC bridge (not part of the app) carries main's load.
    editor_open_ms: open.median,
    editor_open_samples: open.count,
    // The span's three parts (medians of each, so they need not add up to the span's median).
    editor_open_request_ms: sampleStatistics(samples.map((sample) => sample.request)).median,
    editor_open_arrival_ms: sampleStatistics(samples.map((sample) => sample.arrival)).median,
    editor_open_render_ms: render.median,
    editor_open_render_p95_ms: render.p95,
    // `briefings.open` alone in main (read, check, body as JSON, structured clone as IPC copies it), median of 12.
    editor_open_main_load_ms: mainLoad,
    // The answer's structured clone in the page: about what Electron's IPC would add to main's load in `arrival`.
    editor_open_answer_clone_ms: answerClone,
  };
}

/** The open figures alone (suite `open`): the 25,000-word briefing in a fresh harness app. */
export async function runEditorOpenBenchmarks(): Promise<Record<string, number>> {
  let app: HarnessApp | undefined;
  try {
    app = await openHarnessApp();
    await app.page.setViewportSize({ width: 1280, height: 800 });
    const created = await app.page.evaluate(
      (input) => window.briefdesk?.briefings.create(input as never),
      generateLargeBriefing(),
    );
    if (!created?.ok) throw new Error(`The reference briefing was refused: ${JSON.stringify(created)}`);
    return await measureEditorOpen(app, created.value.id);
  } finally {
    await app?.close();
    await closeHarnessBrowser();
  }
}
