import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dropGeneratedPhoto } from './harness/drop-photo';
import { editorSessions } from './harness/editor-sessions';

const { open } = editorSessions();

/** Starts a 10 ms timer in the page and counts decodes of large files on the page's own thread. */
function installProbe(page: Page) {
  return page.evaluate(() => {
    const probe = { ticks: [] as number[], pageThreadDecodes: 0 };
    (window as unknown as { probe: typeof probe }).probe = probe;
    const decode = window.createImageBitmap.bind(window);
    window.createImageBitmap = ((source: ImageBitmapSource, ...rest: []) => {
      if (source instanceof Blob && source.size > 1024 * 1024) probe.pageThreadDecodes += 1;
      return decode(source, ...rest);
    }) as typeof window.createImageBitmap;
    window.setInterval(() => probe.ticks.push(performance.now()), 10);
  });
}

describe('pictures scaled off the page’s thread', () => {
  it('scales a 6000×4000 JPEG in a worker while the page’s timers keep running', async () => {
    const { app, editor } = await open();
    const { page } = app;
    const briefing = await editor.createBriefing({
      metadata: { title: 'Strikes on Kharkiv', timeZone: 'Europe/Kyiv' },
      content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Overnight.' }] }] },
    });
    await editor.open(briefing.id);
    await installProbe(page);
    const originalBytes = await dropGeneratedPhoto(page, {
      width: 6000,
      height: 4000,
      onText: 'Overnight.',
      fileName: 'kharkiv.jpg',
    });
    const notice = page.getByRole('status').filter({ hasText: 'was scaled from 6000×4000' });
    await notice.waitFor({ timeout: 60_000 });
    const scaledAt = await page.evaluate(() => performance.now());
    expect(await notice.textContent()).toContain('to 2400×1600');
    const { ticks, droppedAt, pageThreadDecodes } = await page.evaluate(() => {
      const { probe, photoDroppedAt } = window as unknown as {
        probe: { ticks: number[]; pageThreadDecodes: number };
        photoDroppedAt: number;
      };
      return { ...probe, droppedAt: photoDroppedAt };
    });
    const during = ticks.filter((tick) => tick >= droppedAt && tick <= scaledAt);
    const gaps = during.slice(1).map((tick, index) => tick - (during[index] as number));
    const longestGap = Math.max(...gaps);
    // The large file is never decoded on the page's thread, and its 10 ms timer runs all along:
    // scaled there, one drawImage and the transparency scan alone held it for about 40 % of the time.
    expect(pageThreadDecodes).toBe(0);
    expect(during.length).toBeGreaterThan(10);
    expect(longestGap, JSON.stringify({ longestGap, total: scaledAt - droppedAt })).toBeLessThan(
      (scaledAt - droppedAt) / 4,
    );
    // The figure's picture is fetched from the asset store after the notice; wait until it has loaded.
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const shown = document.querySelector<HTMLImageElement>('figure.briefing-figure img');
            return shown?.complete && shown.naturalWidth > 0
              ? { width: shown.naturalWidth, height: shown.naturalHeight }
              : undefined;
          }),
        { timeout: 30_000 },
      )
      .toEqual({ width: 2400, height: 1600 });
    expect(originalBytes).toBeGreaterThan(1024 * 1024);
    expect(app.pageErrors).toEqual([]);
  });
});
