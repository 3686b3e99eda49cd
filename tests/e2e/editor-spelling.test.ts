import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { spellingLanguages } from '../../electron/common/spelling/spelling-languages';
import { plantedMisspellings } from '../fixtures/spelling/planted-misspellings';
import { editorSessions } from './harness/editor-sessions';
import { drawnUnderlines, underlinedWords, underlinePoint, underlineShows } from './pages/spelling-underlines';

const { open } = editorSessions();
const screenshots = path.resolve(import.meta.dirname, '../../docs/screenshots');

const paragraph = (text: string, lang: string | null = null) => ({
  type: 'paragraph',
  attrs: { lang, dir: null },
  content: [{ type: 'text', text }],
});

describe('spelling in the editor', () => {
  it('underlines the planted misspellings of each language, each block checked in its own', async () => {
    const { app, editor } = await open();
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 900 });
    // An English briefing whose other passages say their language, as a desk quoting sources would write it.
    const briefing = await editor.createBriefing({
      metadata: { title: 'Drone strikes overnight: what six desks wrote', language: 'en' },
      content: {
        type: 'doc',
        content: spellingLanguages.map((language) =>
          paragraph(plantedMisspellings[language].text, language === 'en' ? null : language),
        ),
      },
    });
    await editor.open(briefing.id);
    const expected = spellingLanguages.flatMap((language) => [
      ...plantedMisspellings[language].planted,
      ...plantedMisspellings[language].knownFalsePositives,
    ]);
    await expect.poll(async () => (await underlinedWords(page)).length, { timeout: 30_000 }).toBe(expected.length);
    const words = await underlinedWords(page);
    expect([...words].sort()).toEqual([...expected].sort());
    const drawn = await drawnUnderlines(page);
    for (const language of spellingLanguages) {
      const inLanguage = drawn.filter((underline) => underline.language === language).map(({ word }) => word);
      expect(inLanguage).toEqual(expect.arrayContaining(plantedMisspellings[language].planted));
    }
    // The underlines are drawn over the text, not as elements in it.
    expect(await editor.body.locator('p *').count()).toBe(0);
    await page.screenshot({ path: path.join(screenshots, 'editor-spelling.png') });
    expect(await underlineShows(page, 'goverment')).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await underlineShows(page, 'goverment')).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    // Fixing a word takes its underline away once typing pauses.
    const misspelled = await underlinePoint(page, 'goverment');
    await page.mouse.dblclick(misspelled.x, misspelled.y);
    await page.keyboard.type('government');
    await expect.poll(async () => (await underlinedWords(page)).length, { timeout: 30_000 }).toBe(expected.length - 1);
    expect(await underlinedWords(page)).not.toContain('goverment');
    expect(await editor.body.textContent()).toContain('the regional government.');

    // Typing before an underlined word in its paragraph keeps the underline on the word, not on its old offsets.
    const fixed = await underlinedWords(page);
    const inWord = await underlinePoint(page, 'acess');
    await page.mouse.click(inWord.x, inWord.y);
    await page.keyboard.press('Home');
    await page.keyboard.type('xyz ');
    expect(await underlinedWords(page)).toEqual(fixed);
  }, 120_000);
});
