import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NewBriefing } from '../../electron/common/briefing/briefing-requests';
import { editorSessions } from './harness/editor-sessions';
import { underlinedWords, underlinePoint } from './pages/spelling-underlines';

const { open, temporaryDataDir } = editorSessions();
const screenshots = path.resolve(import.meta.dirname, '../../docs/screenshots');

const briefing: NewBriefing = {
  metadata: { title: 'Overnight strikes', language: 'en' },
  content: {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        attrs: { lang: null, dir: null },
        content: [
          {
            type: 'text',
            text: 'There is no offical death toll yet, according to the regional goverment in Zaporizhzhia. ',
          },
          {
            type: 'text',
            text: 'OCHA',
            marks: [{ type: 'link', attrs: { href: 'https://www.unocha.org/' } }],
          },
          { type: 'text', text: ' called for access.' },
        ],
      },
    ],
  },
};

describe('the editor context menu', () => {
  it('replaces a misspelled word with a suggestion and adds a word to the dictionary, by keyboard, across a restart', async () => {
    const dataDir = await temporaryDataDir();
    const { app, editor } = await open(dataDir);
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 900 });
    const created = await editor.createBriefing(briefing);
    await editor.open(created.id);
    const underlined = () => underlinedWords(page);
    const clickUnderlined = async (word: string) => {
      const { x, y } = await underlinePoint(page, word);
      await page.mouse.click(x, y);
    };
    await expect.poll(underlined, { timeout: 30_000 }).toEqual(['offical', 'goverment', 'Zaporizhzhia']);

    // Shift+F10 with the caret in "offical": the menu offers "official" first and has the focus.
    await clickUnderlined('offical');
    await page.keyboard.press('Shift+F10');
    const menu = page.getByRole('menu', { name: 'Edit and spelling' });
    await menu.waitFor();
    const items = menu.getByRole('menuitem');
    expect(await items.first().textContent()).toBe('official');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('official');
    expect(await items.allTextContents()).toEqual(
      expect.arrayContaining(['Ignore', 'Add to dictionary', 'Cut', 'Copy', 'Paste', 'Paste as plain text']),
    );
    await page.screenshot({ path: path.join(screenshots, 'editor-context-menu.png') });
    await page.keyboard.press('Enter');
    await expect(menu.count()).resolves.toBe(0);
    expect(await editor.body.textContent()).toContain('There is no official death toll yet');
    await expect.poll(underlined, { timeout: 30_000 }).toEqual(['goverment', 'Zaporizhzhia']);

    // The menu key on the place name, then down to "Add to dictionary".
    await clickUnderlined('Zaporizhzhia');
    await page.keyboard.press('ContextMenu');
    await menu.waitFor();
    const labels = await items.allTextContents();
    for (let step = 0; step < labels.indexOf('Add to dictionary'); step += 1) await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Add to dictionary');
    await page.keyboard.press('Enter');
    await expect.poll(underlined).toEqual(['goverment']);
    // The focus went back to the text.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('ProseMirror'))).toBe(true);

    // Escape closes the menu and gives the focus back to the text; "Ignore" hides a word for this briefing only.
    await clickUnderlined('goverment');
    await page.keyboard.press('Shift+F10');
    await menu.waitFor();
    await page.keyboard.press('Escape');
    await expect(menu.count()).resolves.toBe(0);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('ProseMirror'))).toBe(true);
    await page.keyboard.press('Shift+F10');
    await menu.getByRole('menuitem', { name: 'Ignore' }).click();
    await expect.poll(underlined).toEqual([]);

    // The link's actions are offered on the link.
    await editor.body.getByText('OCHA').click();
    await page.keyboard.press('Shift+F10');
    await menu.waitFor();
    expect(await items.allTextContents()).toEqual(expect.arrayContaining(['Open link', 'Edit link…', 'Remove link']));
    await menu.getByRole('menuitem', { name: 'Remove link' }).click();
    await expect.poll(() => editor.body.locator('a').count()).toBe(0);
    await editor.waitUntilSaved();
    await app.close();

    // After a restart the added word is still known; the ignored one is underlined again.
    const reopened = await open(dataDir);
    await reopened.editor.open(created.id);
    await expect.poll(() => underlinedWords(reopened.app.page), { timeout: 30_000 }).toEqual(['goverment']);
    expect(await reopened.editor.body.textContent()).toContain('Zaporizhzhia');
  }, 120_000);
});
