import type { Page } from 'playwright-core';
import { toOpenedBriefing } from '../electron/common/library/opened-briefing';
import { BriefingStore } from '../electron/main/library/briefing-store';
import { closeHarnessBrowser, type HarnessApp, openHarnessApp } from '../tests/e2e/harness/app-harness';
import { generateLargeBriefing } from './fixtures/large-briefing';
import { sampleStatistics } from './sample-statistics';

const openRepetitions = 9;

/**
 * Opening the briefing in the page, as one span: from asking for the editor route to the first
 * paint of its body (`total`: main's load through the harness's IPC bridge, parse, editor view,
 * layout, paint), and within it from the briefing's arrival in the renderer to that paint (`render`).
 */
async function measureOpen(page: Page, id: string): Promise<{ total: number; render: number }> {
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
    const loaded = performance.getEntriesByName('briefdesk:editor-loaded')[0]?.startTime ?? started;
    return { total: finished - started, render: finished - loaded };
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

/** The open figures for briefing `id` in `app`, the page left on the open briefing. */
export async function measureEditorOpen(app: HarnessApp, id: string): Promise<Record<string, number>> {
  const samples: { total: number; render: number }[] = [];
  for (let index = 0; index < openRepetitions; index += 1) samples.push(await measureOpen(app.page, id));
  const mainLoad = await measureMainLoad(app.dataDir, id);
  const render = sampleStatistics(samples.map((sample) => sample.render));
  const open = sampleStatistics(samples.map((sample) => sample.total));
  return {
    // One span in the test harness, whose Playwright IPC bridge (not part of the app) carries main's load.
    editor_open_ms: open.median,
    editor_open_samples: open.count,
    editor_open_render_ms: render.median,
    editor_open_render_p95_ms: render.p95,
    // `briefings.open` alone in main (read, check, body as JSON, structured clone as IPC copies it), median of 12.
    editor_open_main_load_ms: mainLoad,
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
