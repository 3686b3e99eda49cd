import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { sectionLibrary } from '../../electron/common/template/section-library';
import { editorSessions } from './harness/editor-sessions';
import { emptyFigureBriefing } from './harness/empty-figure-briefing';

const { open } = editorSessions();
const readAxeSource = () => readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** A section exactly as the `/` menu inserts it from the library. */
const librarySection = (kind: string) => {
  const definition = sectionLibrary.find((candidate) => candidate.kind === kind);
  if (!definition) throw new Error(`No library section ${kind}`);
  return {
    type: 'section',
    attrs: { kind, guidance: definition.guidance },
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: definition.title || kind }] },
      ...(definition.content ?? [{ type: 'paragraph' }]),
    ],
  };
};

const keyFigure = (value: string, label: string) => ({
  type: 'keyFigure',
  attrs: { value, label, source: '', asOf: '' },
});

describe('key figures edited in place', () => {
  it('adds, reorders and removes cards from the keyboard, keeping the focus on the card', async () => {
    const { app, editor } = await open();
    const { page } = app;
    const briefing = await editor.createBriefing({
      metadata: { title: 'Figures', timeZone: 'UTC' },
      content: {
        type: 'doc',
        content: [{ type: 'keyFigures', content: [keyFigure('42', 'drones'), keyFigure('35', 'intercepted')] }],
      },
    });
    await editor.open(briefing.id);
    const values = () =>
      editor.body
        .locator('.key-figure-value-input')
        .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    // No visible form labels: the card shows the number and what it counts, as printed.
    expect(await editor.body.locator('.key-figure label:not(.visually-hidden)').allTextContents()).toEqual([
      'As of',
      'As of',
    ]);

    await editor.body.getByRole('button', { name: '+ Add key figure' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(values).toEqual(['42', '35', '']);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('key-figure-value-input');
    await page.keyboard.type('120,000');
    await page.keyboard.press('Tab');
    await page.keyboard.type('homes without power');

    const firstCard = editor.body.locator('.key-figure').first();
    await firstCard.getByRole('button', { name: 'Move this key figure right' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(values).toEqual(['35', '42', '120,000']);
    // The focus followed the moved card.
    await page.keyboard.press('Enter');
    await expect.poll(values).toEqual(['35', '120,000', '42']);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Move this key figure left',
    );
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(values).toEqual(['35', '120,000']);
    await editor.waitUntilSaved();
    const stored = JSON.stringify((await editor.stored(briefing.id)).content);
    expect(stored).toContain('"value":"120,000","label":"homes without power"');
    expect(stored).not.toContain('"42"');
    expect(await editor.seriousAccessibilityViolations(await readAxeSource())).toEqual([]);

    // Removing the last card removes the row; one undo brings it back.
    for (const _ of [1, 2]) await editor.body.getByRole('button', { name: 'Remove this key figure' }).first().click();
    await editor.body.locator('.key-figures-block').waitFor({ state: 'detached' });
    await page.keyboard.press('Control+z');
    await editor.body.locator('.key-figures-block').waitFor();
  });
});

describe('figures', () => {
  it('moves from the caption to the credit with Enter, and out of the figure from the credit', async () => {
    const { app, editor } = await open();
    const { page } = app;
    const briefing = await editor.createBriefing(emptyFigureBriefing());
    await editor.open(briefing.id);
    await editor.body.locator('figcaption').click();
    await page.keyboard.type('The port at dawn.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Photo: staff');
    await page.keyboard.press('Enter');
    await page.keyboard.type('After the figure.');
    expect(await editor.body.locator('figcaption').textContent()).toBe('The port at dawn.');
    expect(await editor.body.locator('.figure-credit').textContent()).toBe('Photo: staff');
    expect(await editor.body.locator('figure + p').textContent()).toBe('After the figure.');
  });
});

describe('guidance prompts', () => {
  it('shows a long prompt whole, above the key-figure cards rather than under them', async () => {
    const { app, editor } = await open();
    await app.page.setViewportSize({ width: 900, height: 800 });
    const briefing = await editor.createBriefing({
      metadata: { title: 'Guidance', timeZone: 'UTC' },
      content: { type: 'doc', content: [librarySection('key-figures'), librarySection('affected-areas')] },
    });
    await editor.open(briefing.id);
    const prompt = editor.body.locator('section').first().locator('p.is-empty');
    const layout = await prompt.evaluate((paragraph) => {
      const before = getComputedStyle(paragraph, '::before');
      const range = paragraph.getBoundingClientRect();
      const cards = paragraph.parentElement?.querySelector('.key-figures-block')?.getBoundingClientRect();
      const lineHeight = Number.parseFloat(before.lineHeight);
      return { height: range.height, bottom: range.bottom, cardsTop: cards?.top ?? 0, lineHeight };
    });
    // The prompt wraps onto two lines or more at this width, and all of them sit above the cards.
    expect(layout.height).toBeGreaterThanOrEqual(2 * layout.lineHeight - 1);
    expect(layout.bottom).toBeLessThanOrEqual(layout.cardsTop);
  });

  it('turns what is typed at a list section’s prompt into its first bullet, leaving no empty bullet', async () => {
    const { app, editor } = await open();
    const { page } = app;
    const briefing = await editor.createBriefing({
      metadata: { title: 'Guidance', timeZone: 'UTC' },
      content: { type: 'doc', content: [librarySection('affected-areas')] },
    });
    await editor.open(briefing.id);
    const guidance = sectionLibrary.find((definition) => definition.kind === 'affected-areas')?.guidance ?? '';
    await editor.clickPrompt(guidance.slice(0, 12));
    await page.keyboard.type('Odesa: port damaged');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Izmail: grain silos hit');
    expect(await editor.body.locator('section li').allTextContents()).toEqual([
      'Odesa: port damaged',
      'Izmail: grain silos hit',
    ]);
    expect(await editor.body.locator('section > p').count()).toBe(0);
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await editor.sectionPrompt(guidance.slice(0, 12)).waitFor();
    expect(await editor.body.locator('section li').count()).toBe(1);
  });
});

describe('writing comfort', () => {
  it('curls quotes and makes dashes as the author types; one Ctrl+Z gives the straight quote back', async () => {
    const { app, editor } = await open();
    const { page } = app;
    const briefing = await editor.createBriefing({
      metadata: { title: 'Quotes', timeZone: 'UTC' },
      content: { type: 'doc', content: [{ type: 'paragraph' }] },
    });
    await editor.open(briefing.id);
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Briefing text');
    await page.keyboard.type(`The mayor said "we don't know yet" -- and left...`);
    const paragraph = editor.body.locator('p').first();
    expect(await paragraph.textContent()).toBe('The mayor said “we don’t know yet” — and left…');
    await page.keyboard.type(' 5"');
    expect(await paragraph.textContent()).toBe('The mayor said “we don’t know yet” — and left… 5”');
    await page.keyboard.press('Control+z');
    expect(await paragraph.textContent()).toBe('The mayor said “we don’t know yet” — and left… 5"');
  });

  it('grows the title field with its text and counts its characters', async () => {
    const { app, editor } = await open();
    const { page } = app;
    await page.setViewportSize({ width: 900, height: 800 });
    const briefing = await editor.createBriefing({
      metadata: { title: 'Short', timeZone: 'UTC' },
      content: { type: 'doc', content: [{ type: 'paragraph' }] },
    });
    await editor.open(briefing.id);
    const count = page.locator('.title-count');
    expect(await count.textContent()).toBe('5 / 300 characters');
    const height = () => editor.title.evaluate((field) => field.getBoundingClientRect().height);
    const oneLine = await height();
    const long =
      'Russia launches 42 drone strikes on Odesa region amid peace talks in Istanbul, power cut to 120,000 homes';
    await editor.title.fill(long);
    await count.filter({ hasText: `${long.length} / 300 characters` }).waitFor();
    expect(await height()).toBeGreaterThan(oneLine * 1.5);
    // Enter does not put a line break in a headline.
    await editor.title.press('End');
    await editor.title.press('Enter');
    expect(await editor.title.inputValue()).toBe(long);
    await editor.waitUntilSaved();
    expect((await editor.stored(briefing.id)).metadata.title).toBe(long);
  });
});
