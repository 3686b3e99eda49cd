import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fixtureAssetSource, fixturePng } from '../fixtures/briefings/fixture-image';
import { editorSessions } from './harness/editor-sessions';
import { emptyFigureBriefing } from './harness/empty-figure-briefing';

const { open } = editorSessions();

const withEmptyFigure = emptyFigureBriefing({
  title: 'Flooding in Valencia',
  timeZone: 'Europe/Madrid',
  caption: 'The Turia riverbed at dawn.',
  credit: 'Photo: staff',
});

describe('images in figures', () => {
  it('stores a chosen PNG, shows it in the figure and saves its asset source; refuses other files in plain words', async () => {
    const { app, editor } = await open();
    const { page } = app;
    const briefing = await editor.createBriefing(withEmptyFigure);
    await editor.open(briefing.id);
    const figure = editor.body.locator('figure.briefing-figure');
    await figure.getByText('No image yet').waitFor();
    const chooser = figure.getByLabel('Choose image…');
    // Keyboard users reach the chooser with Tab from the alt-text field.
    await figure.getByLabel(/^Alt text/).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('file');

    await chooser.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not an image') });
    await figure.getByText('“notes.txt” is not a PNG, JPEG, GIF or WebP image.', { exact: false }).waitFor();
    expect(await figure.locator('img').count()).toBe(0);

    const png = fixturePng(40, 30, 7);
    const source = fixtureAssetSource(png);
    await chooser.setInputFiles({ name: 'riverbed.png', mimeType: 'image/png', buffer: png });
    const image = figure.locator('img');
    await image.waitFor();
    expect(await image.getAttribute('src')).toBe(`/assets/${source.slice('asset:'.length)}`);
    await page.waitForFunction(() => {
      const shown = document.querySelector<HTMLImageElement>('figure.briefing-figure img');
      return shown?.complete === true && shown.naturalWidth === 40;
    });
    await figure.getByLabel('Replace image…').waitFor();
    expect(await figure.getByText('is not a PNG').count()).toBe(0);

    await editor.waitUntilSaved();
    expect(JSON.stringify((await editor.stored(briefing.id)).content)).toContain(`"src":"${source}"`);
    const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    expect(await editor.seriousAccessibilityViolations(axeSource)).toEqual([]);
  });
});
