import { describe, expect, it } from 'vitest';
import { editorSessions } from './harness/editor-sessions';

const { open } = editorSessions();

const card = (value: string, label: string) => ({
  type: 'keyFigure',
  attrs: { value, label, source: 'Air Force', asOf: '2026-12-01T06:00:00+00:00[UTC]' },
});
const paragraph = (index: number) => ({
  type: 'paragraph',
  content: [{ type: 'text', text: `Paragraph ${index} of the overnight report, long enough to take a line.` }],
});

/** One row of cards at the top of the text, and one far below the first screen. */
const withCardsAboveAndBelowTheFold = {
  metadata: { title: 'Overnight strikes', timeZone: 'Europe/Kyiv' },
  content: {
    type: 'doc' as const,
    content: [
      { type: 'keyFigures', content: [card('42', 'drones'), card('7', 'missiles')] },
      ...Array.from({ length: 120 }, (_, index) => paragraph(index)),
      { type: 'keyFigures', content: [card('310', 'homes without power')] },
      paragraph(120),
    ],
  },
};

describe('key-figure cards while a briefing opens', () => {
  it('shows the cards on the first screen whole in the first frame, and builds the others after it', async () => {
    const { app, editor } = await open();
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 800 });
    const briefing = await editor.createBriefing(withCardsAboveAndBelowTheFold);
    await page.evaluate(() => {
      window.location.hash = '#/settings';
    });
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();

    const controlsAtFirstFrame = await page.evaluate(async (id) => {
      const counted = new Promise<number[]>((resolve) => {
        const observer = new MutationObserver(() => {
          if ((document.querySelector('.briefing-body')?.childElementCount ?? 0) === 0) return;
          observer.disconnect();
          requestAnimationFrame(() =>
            resolve(
              [...document.querySelectorAll('.briefing-body .key-figure')].map(
                (element) => element.querySelectorAll('input, select, button').length,
              ),
            ),
          );
        });
        observer.observe(document.body, { childList: true, subtree: true });
      });
      window.location.hash = `#/editor/${id}`;
      return counted;
    }, briefing.id);
    const [first, second, belowTheFold] = controlsAtFirstFrame;
    expect(first).toBeGreaterThan(5);
    expect(second).toBe(first);
    expect(belowTheFold).toBe(0);

    const lateCard = page.locator('.briefing-body .key-figure').nth(2);
    const value = lateCard.getByLabel('Value', { exact: true });
    await value.waitFor();
    expect(await lateCard.locator('input, select, button').count()).toBe(first);
    expect(await value.inputValue()).toBe('310');
    expect(await lateCard.getByLabel('What it counts').inputValue()).toBe('homes without power');
    const asOf = lateCard.getByLabel('As of', { exact: true });
    expect(await asOf.getAttribute('type')).toBe('datetime-local');
    expect(await asOf.inputValue()).toBe('2026-12-01T06:00');
    expect(await lateCard.getByLabel('Time zone of “as of”').inputValue()).toBe('UTC');

    await value.fill('312');
    await asOf.fill('2026-12-01T07:30');
    await editor.waitUntilSaved();
    const stored = await editor.stored(briefing.id);
    const lateRow = stored.content.content?.[121];
    expect(lateRow?.content?.[0]?.attrs).toMatchObject({
      value: '312',
      label: 'homes without power',
      asOf: '2026-12-01T07:30:00+00:00[UTC]',
    });
  });

  it('builds a card added after the opening at once, with its fields ready to type in', async () => {
    const { app, editor } = await open();
    const { page } = app;
    const briefing = await editor.createBriefing(withCardsAboveAndBelowTheFold);
    await editor.open(briefing.id);
    await page.getByRole('button', { name: '+ Add key figure' }).first().click();
    const added = page.locator('.briefing-body .key-figure').nth(2);
    expect(await added.locator('input, select, button').count()).toBeGreaterThan(5);
    await page.keyboard.type('15');
    expect(await added.getByLabel('Value', { exact: true }).inputValue()).toBe('15');
  });
});
