import { describe, expect, it } from 'vitest';
import { plantedMisspellings } from '../fixtures/spelling/planted-misspellings';
import { editorSessions } from './harness/editor-sessions';
import { underlinedWords } from './pages/spelling-underlines';

const { open } = editorSessions();

describe('possible misspellings in the editor’s check panel', () => {
  it('lists the underlined words after the other findings, jumps to each, and leaves out an ignored word', async () => {
    const { app, editor } = await open();
    const { page } = app;
    const english = plantedMisspellings.en;
    const briefing = await editor.createBriefing({
      metadata: { title: 'Drone strikes overnight', language: 'en' },
      content: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: english.text }] }],
      },
    });
    await editor.open(briefing.id);
    const underlined = async () => (await underlinedWords(page)).length;
    const expected = [...english.planted, ...english.knownFalsePositives];
    await expect.poll(underlined, { timeout: 30_000 }).toBe(expected.length);

    const panel = page.locator('[data-panel="check"]');
    await panel.getByRole('button', { name: 'Run the check again' }).click();
    const misspellings = panel.locator('details.check-misspellings');
    await misspellings.getByText(`${expected.length} words may be misspelled`).click();
    const jumps = misspellings.getByRole('button', { name: /^Go to “/ });
    expect((await jumps.allTextContents()).map((text) => text.replace(/^Go to “(.*)”$/, '$1')).sort()).toEqual(
      [...expected].sort(),
    );
    // They never block, and they come after the other findings (the missing dateline and author here).
    expect(await panel.locator('.check-findings').first().textContent()).not.toContain('misspelled');
    expect(await misspellings.locator('.is-blocking').count()).toBe(0);

    await misspellings.getByRole('button', { name: 'Go to “goverment”' }).click();
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('goverment');
    await page.keyboard.press('Shift+F10');
    await page.getByRole('menu').getByRole('menuitem', { name: 'Ignore' }).click();
    await expect.poll(underlined).toBe(expected.length - 1);
    await panel.getByRole('button', { name: 'Run the check again' }).click();
    await misspellings.getByText(`${expected.length - 1} words may be misspelled`).waitFor();
    expect(await misspellings.getByRole('button', { name: 'Go to “goverment”' }).count()).toBe(0);
    expect(app.pageErrors).toEqual([]);
  }, 120_000);
});
