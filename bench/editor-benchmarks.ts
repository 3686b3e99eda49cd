import type { Browser, Page } from 'playwright-core';
import { countWords } from '../electron/common/document/count-words';
import { BriefingStore } from '../electron/main/library/briefing-store';
import {
  closeHarnessBrowser,
  type HarnessApp,
  launchHarnessBrowser,
  openHarnessApp,
} from '../tests/e2e/harness/app-harness';
import { bareEditorCss, bareEditorHtml, buildBareEditorScript } from './bare-editor/bare-editor-page';
import { generateLargeBriefing, middleParagraphMarker, toStarterKitContent } from './fixtures/large-briefing';
import { sampleStatistics } from './sample-statistics';
import { installKeystrokeProbe, placeCaretAfter, typeAndMeasure } from './typing-latency';

const viewport = { width: 1280, height: 800 };
const rounds = 4;
const keystrokesPerRound = 100;
const warmupKeystrokes = 20;
const openRepetitions = 9;

/**
 * Opening the briefing in the page: from asking for the editor route to the first paint of its body
 * (`total`, through the harness's IPC bridge), and from the briefing's arrival in the renderer to
 * that paint (`render`: parse, editor view, layout, paint).
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

/** `briefings.get` as main runs it (read, parse, schema check) on the reference briefing. */
async function measureMainLoad(dataDir: string, id: string): Promise<number> {
  const store = await BriefingStore.open(dataDir, []);
  const samples: number[] = [];
  for (let index = 0; index < 15; index += 1) {
    const started = performance.now();
    structuredClone(await store.get(id));
    samples.push(performance.now() - started);
  }
  return sampleStatistics(samples.slice(3)).median;
}

async function openBarePage(browser: Browser, content: unknown): Promise<Page> {
  const script = await buildBareEditorScript();
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname !== 'bare.briefdesk.test') return route.abort('blockedbyclient');
    const files: Record<string, [string, string]> = {
      '/': ['text/html', bareEditorHtml],
      '/bare.js': ['text/javascript', script],
      '/bare.css': ['text/css', bareEditorCss],
    };
    const file = files[url.pathname];
    return file ? route.fulfill({ contentType: file[0], body: file[1] }) : route.fulfill({ status: 404 });
  });
  const page = await context.newPage();
  await page.goto('https://bare.briefdesk.test/');
  await page.evaluate((json) => window.openBareEditor?.(json as never), content);
  await page.locator('.bare-body p').first().waitFor();
  return page;
}

async function heapMegabytes(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics');
  const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
  return used / 1024 / 1024;
}

/**
 * Typing latency in the middle of the 25,000-word reference briefing in the
 * real editor, against a bare StarterKit editor with the same text, same run;
 * plus the time to open the briefing, word counting, and the renderer's heap.
 */
export async function runEditorBenchmarks(): Promise<Record<string, number>> {
  const fixture = generateLargeBriefing();
  const countSamples: number[] = [];
  for (let index = 0; index < 30; index += 1) {
    const started = performance.now();
    countWords(fixture.content);
    countSamples.push(performance.now() - started);
  }

  let app: HarnessApp | undefined;
  try {
    app = await openHarnessApp();
    const { page } = app;
    await page.setViewportSize(viewport);
    const created = await page.evaluate((input) => window.briefdesk?.briefings.create(input as never), fixture);
    if (!created?.ok) throw new Error(`The reference briefing was refused: ${JSON.stringify(created)}`);
    const id = created.value.id;

    const openSamples: { total: number; render: number }[] = [];
    for (let index = 0; index < openRepetitions; index += 1) openSamples.push(await measureOpen(page, id));
    const mainLoad = await measureMainLoad(app.dataDir, id);
    const render = sampleStatistics(openSamples.map((sample) => sample.render));
    await page.getByRole('textbox', { name: 'Briefing text' }).waitFor();
    const heap = await heapMegabytes(page);

    const bare = await openBarePage(await launchHarnessBrowser(), toStarterKitContent(fixture.content)[0]);
    const marker = middleParagraphMarker();
    const appSamples: number[] = [];
    const bareSamples: number[] = [];
    for (const target of [page, bare]) {
      await installKeystrokeProbe(target);
      await placeCaretAfter(target, marker);
      await typeAndMeasure(target, warmupKeystrokes);
    }
    for (let round = 0; round < rounds; round += 1) {
      appSamples.push(...(await typeAndMeasure(page, keystrokesPerRound)));
      bareSamples.push(...(await typeAndMeasure(bare, keystrokesPerRound)));
    }
    await bare.context().close();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="save-status"]')?.textContent?.startsWith('Saved'),
      undefined,
      { timeout: 20_000 },
    );

    const appStats = sampleStatistics(appSamples);
    const bareStats = sampleStatistics(bareSamples);
    return {
      editor_keystroke_p95_ms: appStats.p95,
      editor_keystroke_median_ms: appStats.median,
      editor_bare_keystroke_p95_ms: bareStats.p95,
      editor_bare_keystroke_median_ms: bareStats.median,
      editor_keystroke_ratio_vs_bare: appStats.p95 / bareStats.p95,
      editor_keystroke_samples: appStats.count,
      // Load in main (read + check + structured clone, as Electron's IPC copies it) + parse + first paint.
      editor_open_ms: mainLoad + render.median,
      editor_open_render_ms: render.median,
      editor_open_render_p95_ms: render.p95,
      editor_open_main_load_ms: mainLoad,
      // End to end in the test harness, whose Playwright IPC bridge (not part of the app) dominates.
      editor_open_via_harness_bridge_ms: sampleStatistics(openSamples.map((sample) => sample.total)).median,
      editor_word_count_ms: sampleStatistics(countSamples).median,
      editor_heap_mb: heap,
      reference_briefing_words: countWords(fixture.content),
    };
  } finally {
    await app?.close();
    await closeHarnessBrowser();
  }
}
