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

const figure = (caption: string) => ({
  type: 'figure',
  attrs: { src: null, alt: '' },
  content: [
    { type: 'figureCaption', content: [{ type: 'text', text: caption }] },
    { type: 'figureCredit', content: [{ type: 'text', text: 'Reuters' }] },
  ],
});

/** A row of cards and a figure at the top of the text, and the same far below the first screen. */
const withCardsAboveAndBelowTheFold = {
  metadata: { title: 'Overnight strikes', timeZone: 'Europe/Kyiv' },
  content: {
    type: 'doc' as const,
    content: [
      { type: 'keyFigures', content: [card('42', 'drones'), card('7', 'missiles')] },
      figure('The port at dawn'),
      ...Array.from({ length: 120 }, (_, index) => paragraph(index)),
      { type: 'keyFigures', content: [card('310', 'homes without power')] },
      figure('The damaged substation'),
      paragraph(120),
    ],
  },
};

describe('key-figure cards and figures while a briefing opens', () => {
  it('shows the cards and figures on the first screen whole in the first frame, and the others after it', async () => {
    const { app, editor } = await open();
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 800 });
    const briefing = await editor.createBriefing(withCardsAboveAndBelowTheFold);
    await page.evaluate(() => {
      window.location.hash = '#/settings';
    });
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();

    const atFirstFrame = await page.evaluate(async (id) => {
      // How many form controls each card and each figure has, in the body's order, in the first frame.
      const controls = (selector: string) =>
        [...document.querySelectorAll(`.briefing-body ${selector}`)].map(
          (element) => element.querySelectorAll('input, select, button').length,
        );
      const counted = new Promise<{ cards: number[]; figures: number[] }>((resolve) => {
        const observer = new MutationObserver(() => {
          if ((document.querySelector('.briefing-body')?.childElementCount ?? 0) === 0) return;
          observer.disconnect();
          requestAnimationFrame(() =>
            resolve({ cards: controls('.key-figure'), figures: controls('.briefing-figure') }),
          );
        });
        observer.observe(document.body, { childList: true, subtree: true });
      });
      window.location.hash = `#/editor/${id}`;
      return counted;
    }, briefing.id);
    const [first, second, belowTheFold] = atFirstFrame.cards;
    expect(first).toBeGreaterThan(5);
    expect(second).toBe(first);
    expect(belowTheFold).toBe(0);
    // The alt text field and the image picker's file input.
    expect(atFirstFrame.figures).toEqual([2, 0]);

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

    const lateFigure = page.locator('.briefing-body .briefing-figure').nth(1);
    const alt = lateFigure.getByLabel('Alt text (what the image shows, for screen readers)');
    await alt.waitFor();
    expect(await lateFigure.locator('input').count()).toBe(2);
    expect(await lateFigure.getByText('Choose image…').count()).toBe(1);
    // In their place: the image's frame, the alt text field, the picker, then the caption and credit.
    expect(await lateFigure.evaluate((element) => [...element.children].map((child) => child.className))).toEqual([
      'figure-frame',
      'figure-alt',
      'figure-image-picker',
      'figure-text',
    ]);

    await value.fill('312');
    await asOf.fill('2026-12-01T07:30');
    await alt.fill('A substation with its roof torn off');
    await editor.waitUntilSaved();
    const stored = await editor.stored(briefing.id);
    expect(stored.content.content?.[122]?.content?.[0]?.attrs).toMatchObject({
      value: '312',
      label: 'homes without power',
      asOf: '2026-12-01T07:30:00+00:00[UTC]',
    });
    expect(stored.content.content?.[123]?.attrs).toMatchObject({ alt: 'A substation with its roof torn off' });
  });

  it('builds a card or figure below the screen when it is pressed or scrolled near, before the page is idle', async () => {
    const { app, editor } = await open();
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 800 });
    const briefing = await editor.createBriefing(withCardsAboveAndBelowTheFold);
    // The page never becomes idle, so only being pressed or reached can build the views below the screen.
    await page.evaluate(() => {
      window.requestIdleCallback = () => 0;
    });
    await editor.open(briefing.id);
    const lateCard = page.locator('.briefing-body .key-figure').nth(2);
    const lateFigure = page.locator('.briefing-body .briefing-figure').nth(1);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 200))));
    expect(await lateCard.locator('input, select, button').count()).toBe(0);
    expect(await lateFigure.locator('input').count()).toBe(0);

    // A press on the empty image frame builds the picker its label names before the click arrives.
    const builtOnPress = await lateFigure.evaluate((figure) => {
      const frame = figure.querySelector('.figure-frame') as HTMLElement;
      frame.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
      return figure.querySelectorAll('input').length;
    });
    expect(builtOnPress).toBe(2);
    expect(await lateCard.locator('input, select, button').count()).toBe(0);

    await lateCard.evaluate((card) => card.scrollIntoView({ block: 'center' }));
    const value = lateCard.getByLabel('Value', { exact: true });
    await value.waitFor();
    expect(await value.inputValue()).toBe('310');
    expect(await lateCard.getByLabel('As of', { exact: true }).inputValue()).toBe('2026-12-01T06:00');
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
