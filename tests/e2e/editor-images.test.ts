import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixturePng } from '../fixtures/briefings/fixture-image';
import { dropGeneratedPhoto } from './harness/drop-photo';
import { editorSessions } from './harness/editor-sessions';
import { emptyFigureBriefing } from './harness/empty-figure-briefing';

const { open } = editorSessions();
const readAxeSource = () => readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const oneParagraph = (text: string) => ({
  metadata: { title: 'Flooding in Valencia', timeZone: 'Europe/Madrid' },
  content: { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
});

const shownImage = (page: Page) =>
  page.evaluate(() => {
    const image = document.querySelector<HTMLImageElement>('figure.briefing-figure img');
    return image?.complete ? { width: image.naturalWidth, height: image.naturalHeight, src: image.src } : undefined;
  });

describe('pictures dropped, pasted and chosen', () => {
  it('scales a dropped photo down to the limit in Settings, says so, and keeps the original only when asked', async () => {
    const { app, editor } = await open();
    const { page } = app;
    await page.evaluate(() => window.briefdesk?.settings.update({ imageLongEdge: 1600 }));
    const briefing = await editor.createBriefing(oneParagraph('The Turia burst its banks overnight.'));
    await editor.open(briefing.id);
    const originalBytes = await dropGeneratedPhoto(page, {
      width: 4000,
      height: 3000,
      onText: 'burst its banks',
      fileName: 'valencia.jpg',
    });
    const notice = page.getByRole('status').filter({ hasText: 'was scaled from 4000×3000' });
    await notice.waitFor({ timeout: 20_000 });
    await expect.poll(() => shownImage(page), { timeout: 10_000 }).toMatchObject({ width: 1600, height: 1200 });
    // The figure comes after the paragraph it was dropped on (a paragraph follows to type on), the caret in its caption.
    expect(await editor.body.locator(':scope > *').evaluateAll((nodes) => nodes.map((node) => node.tagName))).toEqual([
      'P',
      'FIGURE',
      'P',
    ]);
    await page.keyboard.type('The riverbed at dawn.');
    expect(await editor.body.locator('figcaption').textContent()).toBe('The riverbed at dawn.');
    const scaledSource = (await shownImage(page))?.src ?? '';
    const { size: scaledSize } = await stat(path.join(app.dataDir, 'library', 'assets', path.basename(scaledSource)));
    expect(scaledSize).toBeLessThan(originalBytes / 3);
    expect(await notice.textContent()).toMatch(/\(\d+(\.\d MB| KB)\) to 1600×1200 \(\d+(\.\d MB| KB)\)/);

    await notice.getByRole('button', { name: 'Keep the original instead' }).click();
    await expect.poll(() => shownImage(page), { timeout: 10_000 }).toMatchObject({ width: 4000, height: 3000 });
    await page.getByRole('status').filter({ hasText: 'The original of “valencia.jpg” is kept' }).waitFor();
    await editor.waitUntilSaved();
    const stored = JSON.stringify((await editor.stored(briefing.id)).content);
    expect(stored).toContain('The riverbed at dawn.');
    expect(stored).toMatch(/"src":"asset:[0-9a-f]{64}\.jpe?g"/);
    expect(await editor.seriousAccessibilityViolations(await readAxeSource())).toEqual([]);
  });

  it('makes a figure of a pasted picture, and refuses a pasted file that is not one in words', async () => {
    const { app, editor } = await open();
    const { page } = app;
    const briefing = await editor.createBriefing(oneParagraph('Satellite view:'));
    await editor.open(briefing.id);
    await editor.clickEndOf('Satellite view:');
    const png = [...fixturePng(40, 30, 7)];
    const paste = (bytes: number[], name: string, type: string) =>
      editor.body.evaluate(
        (element, { bytes, name, type }) => {
          const data = new DataTransfer();
          data.items.add(new File([new Uint8Array(bytes)], name, { type }));
          element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
        },
        { bytes, name, type },
      );
    await paste([1, 2, 3], 'notes.bmp', 'image/bmp');
    await page.getByRole('alert').filter({ hasText: '“notes.bmp” is not a PNG, JPEG, GIF or WebP image' }).waitFor();
    expect(await editor.body.locator('figure').count()).toBe(0);
    await paste(png, 'satellite.png', 'image/png');
    // A small PNG within the limit is stored as it is.
    await expect.poll(() => shownImage(page), { timeout: 10_000 }).toMatchObject({ width: 40, height: 30 });
  });

  it('opens the file chooser from a click anywhere on an empty figure', async () => {
    const { app, editor } = await open();
    const { page } = app;
    const briefing = await editor.createBriefing(emptyFigureBriefing());
    await editor.open(briefing.id);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      editor.body.locator('.figure-frame').click({ position: { x: 20, y: 20 } }),
    ]);
    await chooser.setFiles({ name: 'map.png', mimeType: 'image/png', buffer: fixturePng(64, 48, 3) });
    await expect.poll(() => shownImage(page), { timeout: 10_000 }).toMatchObject({ width: 64, height: 48 });
    expect(await editor.body.locator('figure').count()).toBe(1);
  });
});
