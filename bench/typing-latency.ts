import type { Page } from 'playwright-core';

/**
 * Installs the in-page probe. For each keydown, two samples: the time from the event to the
 * end of the next frame (rAF, then a task after it, i.e. after paint), which has a floor near
 * one frame whatever the work; and the time from the event until the editor has handled the
 * input and style and layout, forced then, are done, without waiting for any task or frame: the
 * work a keystroke costs on the renderer's thread, which can grow with the document.
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
    // The editor reads typed text from its DOM observer, a microtask queued when the text changed; the
    // microtasks its transaction queues (React's synchronous updates) follow. A few hops of our own land
    // after all of them, still before any task or frame. (No named helpers: the page cannot see tsx's.)
    window.addEventListener('input', () => {
      let hops = Promise.resolve();
      for (let hop = 0; hop < 4; hop += 1) hops = hops.then(() => undefined);
      void hops.then(() => {
        document.querySelector('.ProseMirror')?.getBoundingClientRect();
        void document.documentElement.offsetHeight;
        probe.processingSamples.push(performance.now() - keyStarted);
      });
    });
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
