import { describe, expect, it } from 'vitest';
import { editorSessions } from './harness/editor-sessions';

const { open } = editorSessions();

const portAuthority = {
  id: 'source-1',
  name: 'Port authority',
  type: 'official' as const,
  named: true,
  link: '',
  accessedAt: '',
  privateNote: '',
};

const withFigureWithoutSource = () => ({
  metadata: { title: 'Strikes on the port', timeZone: 'Europe/Kyiv', sources: [portAuthority] },
  content: {
    type: 'doc' as const,
    content: [
      {
        type: 'keyFigures',
        content: [{ type: 'keyFigure', attrs: { value: '3', label: 'ships hit', source: '', sourceId: '', asOf: '' } }],
      },
      { type: 'paragraph' },
    ],
  },
});

describe('a key figure’s source in the editor', () => {
  it('is picked from the briefing’s source list in the card, by keyboard, and the check no longer finds it missing', async () => {
    const { app, editor } = await open();
    const { page } = app;
    const briefing = await editor.createBriefing(withFigureWithoutSource());
    await editor.open(briefing.id);
    const check = page.locator('[data-panel="check"]');
    const missing = check.getByText('The key figure “ships hit” has no source', { exact: false });
    await missing.waitFor();

    const picker = page.getByLabel('Source from the list');
    expect(await picker.locator('option').allTextContents()).toEqual([
      'Pick a source from the list',
      'Port authority (Official)',
    ]);
    // From the card's text source field, Tab reaches the picker; the arrow keys choose.
    await page.getByPlaceholder('source', { exact: true }).focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(await picker.getAttribute('id'));
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => picker.inputValue()).toBe('source-1');
    await page.getByLabel('As of', { exact: true }).fill('2026-12-01T06:00');

    await editor.waitUntilSaved();
    const stored = await editor.stored(briefing.id);
    expect(stored.content.content?.[0]?.content?.[0]?.attrs).toMatchObject({
      sourceId: 'source-1',
      asOf: '2026-12-01T06:00:00+02:00[Europe/Kyiv]',
    });
    await check.getByRole('button', { name: 'Run the check again' }).click();
    await missing.waitFor({ state: 'detached' });

    // A source added in the Sources panel is offered at once.
    const sources = page.locator('[data-panel="sources"]');
    await sources.getByLabel('Source name or description').fill('Harbour master');
    await sources.getByRole('button', { name: 'Add source' }).click();
    await expect.poll(() => picker.locator('option').allTextContents()).toContain('Harbour master (Official)');
  });
});
