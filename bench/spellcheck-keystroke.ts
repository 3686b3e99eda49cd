import type { Page } from 'playwright-core';
import { closeHarnessBrowser, type HarnessApp, openHarnessApp } from '../tests/e2e/harness/app-harness';
import { generateLargeBriefing, middleParagraphMarker } from './fixtures/large-briefing';
import { type SampleStatistics, sampleStatistics } from './sample-statistics';
import { installKeystrokeProbe, placeCaretAfter, typeAndMeasure } from './typing-latency';

const viewport = { width: 1280, height: 800 };
// Short rounds, interleaved, so that bursts of load on the shared machine fall on both editors alike.
const rounds = 8;
const keystrokesPerRound = 50;
const warmupKeystrokes = 20;

interface KeystrokeFigures {
  frame: SampleStatistics;
  processing: SampleStatistics;
}

/** Opens the large briefing in the real editor of `app`, with Settings' spell checking on or off. */
async function openLargeBriefing(app: HarnessApp, checkSpelling: boolean): Promise<Page> {
  const { page } = app;
  await page.setViewportSize(viewport);
  const id = await page.evaluate(
    async ({ briefing, checkSpelling }) => {
      const api = window.briefdesk;
      if (!api) throw new Error('The page has no briefdesk API.');
      const updated = await api.settings.update({ checkSpelling });
      const created = await api.briefings.create(briefing as never);
      if (!updated.ok || !created.ok) throw new Error('The reference briefing or the setting was refused.');
      return created.value.id;
    },
    { briefing: generateLargeBriefing(), checkSpelling },
  );
  await page.evaluate((briefingId) => {
    window.location.hash = `#/editor/${briefingId}`;
  }, id);
  await page.getByRole('textbox', { name: 'Briefing text' }).waitFor();
  return page;
}

/**
 * `editor_keystroke_p95_ms_spelling_on` / `_off`: typing latency (input → end of the next frame) in the
 * middle of the ~25,000-word briefing in the real editor, with Settings' spell checking on (every block
 * checked, its misspellings underlined, rechecked after each pause) and off, 8 rounds of 50 keys interleaved;
 * and the processing time of a keystroke (input handled, style and layout done), which has no frame floor.
 * Between rounds the typing pauses long enough for the changed block to be rechecked.
 */
export async function runSpellingKeystrokeBenchmarks(): Promise<Record<string, number>> {
  let spellingOn: HarnessApp | undefined;
  let spellingOff: HarnessApp | undefined;
  try {
    spellingOn = await openHarnessApp();
    spellingOff = await openHarnessApp();
    const on = await openLargeBriefing(spellingOn, true);
    const off = await openLargeBriefing(spellingOff, false);
    // With spell checking on, the first check of the whole briefing has come back before typing starts.
    await on.waitForFunction(() => (CSS.highlights.get('misspelling')?.size ?? 0) > 0, undefined, { timeout: 120_000 });
    const underlined = await on.evaluate(() => CSS.highlights.get('misspelling')?.size ?? 0);
    const targets = [
      { page: on, frame: [] as number[], processing: [] as number[] },
      { page: off, frame: [] as number[], processing: [] as number[] },
    ];
    for (const target of targets) {
      await installKeystrokeProbe(target.page);
      await placeCaretAfter(target.page, middleParagraphMarker());
      await typeAndMeasure(target.page, warmupKeystrokes);
    }
    for (let round = 0; round < rounds; round += 1) {
      for (const target of targets) {
        const samples = await typeAndMeasure(target.page, keystrokesPerRound);
        target.frame.push(...samples.toNextFrame);
        target.processing.push(...samples.processing);
        // A pause in typing: the spelling check of the changed block runs (600 ms after the last key).
        await target.page.waitForTimeout(1_000);
      }
    }
    const [onFigures, offFigures] = targets.map((target) => ({
      frame: sampleStatistics(target.frame),
      processing: sampleStatistics(target.processing),
    })) as [KeystrokeFigures, KeystrokeFigures];
    return {
      editor_keystroke_p95_ms_spelling_on: onFigures.frame.p95,
      editor_keystroke_p95_ms_spelling_off: offFigures.frame.p95,
      editor_keystroke_p95_spelling_on_off_ratio: onFigures.frame.p95 / offFigures.frame.p95,
      editor_keystroke_median_ms_spelling_on: onFigures.frame.median,
      editor_keystroke_median_ms_spelling_off: offFigures.frame.median,
      editor_keystroke_processing_p95_ms_spelling_on: onFigures.processing.p95,
      editor_keystroke_processing_p95_ms_spelling_off: offFigures.processing.p95,
      editor_keystroke_processing_p95_spelling_on_off_ratio: onFigures.processing.p95 / offFigures.processing.p95,
      editor_keystroke_spelling_samples: onFigures.frame.count,
      editor_keystroke_spelling_underlined_words: underlined,
    };
  } finally {
    await spellingOn?.close();
    await spellingOff?.close();
    await closeHarnessBrowser();
  }
}
