import type { Page } from 'playwright-core';

/**
 * Installs the in-page probe. For each keydown, two samples: the time from the event to the
 * end of the next frame (rAF, then a task after it, i.e. after paint), which has a floor near
 * one frame whatever the work; and the time from the event until the editor has handled the
 * input (its DOM observer, transaction and the tasks they queued) and style and layout, forced
 * then, are done: the work a keystroke costs, without waiting for the frame.
 */
export async function installKeystrokeProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const probe = window as unknown as {
      keystrokeSamples: number[];
      processingSamples: number[];
      keystrokePending: Promise<void> | null;
    };
    probe.keystrokeSamples = [];
    probe.processingSamples = [];
    probe.keystrokePending = null;
    let keyStarted = 0;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      document.querySelector('.ProseMirror')?.getBoundingClientRect();
      void document.documentElement.offsetHeight;
      probe.processingSamples.push(performance.now() - keyStarted);
    };
    document.addEventListener(
      'input',
      // After the editor's own microtasks, then after the tasks they queued (React's scheduler posts messages too).
      () => queueMicrotask(() => channel.port2.postMessage(null)),
      { capture: true },
    );
    document.addEventListener(
      'keydown',
      (event) => {
        const started = event.timeStamp;
        keyStarted = started;
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

/** Per keystroke: input to the end of the next frame, and input to handled with style and layout done (ms). */
export interface KeystrokeSamples {
  toNextFrame: number[];
  processing: number[];
}

/** Types `count` characters, one at a time, waiting for each to be painted; returns the samples (ms). */
export async function typeAndMeasure(page: Page, count: number): Promise<KeystrokeSamples> {
  await page.evaluate(() => {
    const probe = window as unknown as { keystrokeSamples: number[]; processingSamples: number[] };
    probe.keystrokeSamples = [];
    probe.processingSamples = [];
  });
  for (let index = 0; index < count; index += 1) {
    await page.keyboard.press(
      typedText[index % typedText.length] === ' ' ? 'Space' : (typedText[index % typedText.length] as string),
    );
    await page.evaluate(() => (window as unknown as { keystrokePending: Promise<void> | null }).keystrokePending);
    // A human pause between keys, so frames do not queue up behind each other.
    await page.waitForTimeout(15);
  }
  return page.evaluate(() => {
    const probe = window as unknown as { keystrokeSamples: number[]; processingSamples: number[] };
    return { toNextFrame: probe.keystrokeSamples.slice(), processing: probe.processingSamples.slice() };
  });
}
