import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { spellingLanguages } from '../../electron/common/spelling/spelling-languages';
import { plantedMisspellings } from '../fixtures/spelling/planted-misspellings';
import { editorSessions } from './harness/editor-sessions';

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
    const underlined = editor.body.locator('.misspelling');
    const expected = spellingLanguages.flatMap((language) => [
      ...plantedMisspellings[language].planted,
      ...plantedMisspellings[language].knownFalsePositives,
    ]);
    await expect.poll(() => underlined.count(), { timeout: 30_000 }).toBe(expected.length);
    const words = await underlined.allTextContents();
    expect([...words].sort()).toEqual([...expected].sort());
    for (const language of spellingLanguages) {
      const inLanguage = await editor.body.locator(`.misspelling[data-language="${language}"]`).allTextContents();
      expect(inLanguage).toEqual(expect.arrayContaining(plantedMisspellings[language].planted));
    }
    await page.screenshot({ path: path.join(screenshots, 'editor-spelling.png') });

    // Fixing a word takes its underline away once typing pauses.
    await editor.body.locator('.misspelling', { hasText: 'goverment' }).dblclick();
    await page.keyboard.type('government');
    await expect.poll(() => underlined.count(), { timeout: 30_000 }).toBe(expected.length - 1);
    expect(await underlined.allTextContents()).not.toContain('goverment');
    expect(await editor.body.textContent()).toContain('the regional government.');
  }, 120_000);
});
