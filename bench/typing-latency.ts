import type { Page } from 'playwright-core';

/**
 * Installs the in-page probe: for each keydown, the time from the event to the
 * end of the next frame (rAF, then a task after it, i.e. after paint).
 */
export async function installKeystrokeProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const probe = window as unknown as { keystrokeSamples: number[]; keystrokePending: Promise<void> | null };
    probe.keystrokeSamples = [];
    probe.keystrokePending = null;
    document.addEventListener(
      'keydown',
      (event) => {
        const started = event.timeStamp;
        probe.keystrokePending = new Promise((resolve) => {
          requestAnimationFrame(() =>
            setTimeout(() => {
              probe.keystrokeSamples.push(performance.now() - started);
              resolve();
            }, 0),
          );
        });
      },
      { capture: true },
    );
  });
}

/** Puts the caret at the end of the paragraph containing `marker`, scrolled into view. */
export async function placeCaretAfter(page: Page, marker: string): Promise<void> {
  const paragraph = page.locator('p', { hasText: marker }).first();
  await paragraph.scrollIntoViewIfNeeded();
  await paragraph.click();
  await page.keyboard.press('End');
}

const typedText = 'the convoy reached the city at noon and aid was unloaded ';

/** Types `count` characters, one at a time, waiting for each to be painted; returns the samples (ms). */
export async function typeAndMeasure(page: Page, count: number): Promise<number[]> {
  await page.evaluate(() => {
    (window as unknown as { keystrokeSamples: number[] }).keystrokeSamples = [];
  });
  for (let index = 0; index < count; index += 1) {
    await page.keyboard.press(
      typedText[index % typedText.length] === ' ' ? 'Space' : (typedText[index % typedText.length] as string),
    );
    await page.evaluate(() => (window as unknown as { keystrokePending: Promise<void> | null }).keystrokePending);
    // A human pause between keys, so frames do not queue up behind each other.
    await page.waitForTimeout(15);
  }
  return page.evaluate(() => (window as unknown as { keystrokeSamples: number[] }).keystrokeSamples.slice());
}
