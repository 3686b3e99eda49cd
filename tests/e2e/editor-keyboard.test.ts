import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { editorSessions } from './harness/editor-sessions';

const { open } = editorSessions();
const readAxeSource = () => readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const section = (kind: string, title: string, guidance: string, text?: string) => ({
  type: 'section',
  attrs: { kind, guidance },
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: title }] },
    text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' },
  ],
});

const freshBriefing = {
  metadata: { title: 'Drone strikes on Odesa', timeZone: 'Europe/Kyiv' },
  content: {
    type: 'doc' as const,
    content: [
      section('what-happened', 'What happened', 'The sequence of events.'),
      section('affected-areas', 'Affected areas', 'Each place that was hit.'),
      section('whats-next', 'What’s next', 'Expected developments.'),
    ],
  },
};

const activeElement = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return { label: element?.getAttribute('aria-label') ?? element?.textContent ?? '', tag: element?.tagName };
  });

describe('the editor from the keyboard', () => {
  it('opens with the caret in the first section’s text, so typing starts at once', async () => {
    const { app, editor } = await open();
    const briefing = await editor.createBriefing(freshBriefing);
    await editor.open(briefing.id);
    await app.page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Briefing text');
    await app.page.keyboard.type('Forty-two drones struck the port.');
    const paragraph = editor.body.locator('section p').first();
    expect(await paragraph.textContent()).toBe('Forty-two drones struck the port.');
  });

  it('makes the toolbar one Tab stop with arrow keys, Home/End, Esc back to the text and Alt+F10 into it', async () => {
    const { app, editor } = await open();
    const { page } = app;
    const briefing = await editor.createBriefing(freshBriefing);
    await editor.open(briefing.id);
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Briefing text');
    const stops = await editor.toolbar.evaluate(
      (toolbar) => [...toolbar.querySelectorAll('button')].filter((button) => button.tabIndex === 0).length,
    );
    expect(stops).toBe(1);

    await page.keyboard.press('Shift+Tab');
    expect(await activeElement(page)).toMatchObject({ label: '¶Normal text' });
    await page.keyboard.press('ArrowRight');
    expect(await activeElement(page)).toMatchObject({ label: 'H2Heading level 2' });
    await page.keyboard.press('End');
    expect(await activeElement(page)).toMatchObject({ label: 'Find and replace' });
    await page.keyboard.press('ArrowRight');
    expect(await activeElement(page)).toMatchObject({ label: '¶Normal text' });
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await activeElement(page)).toMatchObject({ label: 'Insert section or block' });
    // Tab leaves the toolbar at once, and Shift+Tab comes back to the tool last used.
    await page.keyboard.press('Tab');
    expect(await activeElement(page)).toMatchObject({ label: 'Briefing text' });
    await page.keyboard.press('Shift+Tab');
    expect(await activeElement(page)).toMatchObject({ label: 'Insert section or block' });
    await page.keyboard.press('Escape');
    expect(await activeElement(page)).toMatchObject({ label: 'Briefing text' });
    await page.keyboard.press('Alt+F10');
    expect(await activeElement(page)).toMatchObject({ label: 'Insert section or block' });
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    // The tool gives the focus back to the text; type once it has, as a user would see the caret first.
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Briefing text');
    await page.keyboard.type('Port');
    await editor.body.locator('h2', { hasText: /^Port$/ }).waitFor();
    expect(await editor.seriousAccessibilityViolations(await readAxeSource())).toEqual([]);
  });

  it('saves on Ctrl+S and says so, also when nothing changed; File → Save does the same', async () => {
    const { app, editor } = await open();
    const { page } = app;
    const briefing = await editor.createBriefing(freshBriefing);
    await editor.open(briefing.id);
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Briefing text');
    await page.keyboard.type('Saved by hand.');
    await page.keyboard.press('Control+s');
    const confirmation = page.getByTestId('save-confirmation');
    await confirmation.filter({ hasText: /^Saved \d/ }).waitFor();
    expect(JSON.stringify((await editor.stored(briefing.id)).content)).toContain('Saved by hand.');
    await page.keyboard.press('Control+s');
    await confirmation.filter({ hasText: /^Nothing new to save: Saved/ }).waitFor();
    await page.keyboard.type(' Again.');
    await app.sendMenuCommand('save-briefing');
    await confirmation.filter({ hasText: /^Saved \d/ }).waitFor();
    expect(JSON.stringify((await editor.stored(briefing.id)).content)).toContain('Saved by hand. Again.');
  });

  it('opens the export dialog on Ctrl+P and from the menu, and gives the focus back to the text when it closes', async () => {
    const { app, editor } = await open();
    const { page } = app;
    const briefing = await editor.createBriefing(freshBriefing);
    await editor.open(briefing.id);
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Briefing text');
    await page.keyboard.type('Before the export.');
    await page.keyboard.press('Control+p');
    const dialog = page.getByRole('dialog', { name: /^Export/ });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Briefing text');
    await page.keyboard.type(' After.');
    expect(await editor.body.locator('section p').first().textContent()).toBe('Before the export. After.');

    await app.sendMenuCommand('export-briefing');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: /^(Cancel|Close)$/ }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Briefing text');
  });

  it('opens the New briefing screen on Ctrl+N and from File → New Briefing', async () => {
    const { app, editor } = await open();
    const { page } = app;
    const briefing = await editor.createBriefing(freshBriefing);
    await editor.open(briefing.id);
    await page.keyboard.press('Control+n');
    await page.waitForFunction(() => window.location.hash === '#/new-briefing');
    await editor.open(briefing.id);
    await app.sendMenuCommand('new-briefing');
    await page.waitForFunction(() => window.location.hash === '#/new-briefing');
  });

  it('keeps the focus on a moved section’s button in the outline, so it can be moved again', async () => {
    const { app, editor } = await open();
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 800 });
    const briefing = await editor.createBriefing(freshBriefing);
    await editor.open(briefing.id);
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Briefing text');
    await editor.outline.getByRole('button', { name: 'Move “What happened” down' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => editor.outlineEntries(), { timeout: 5000 })
      .toEqual(['Affected areas', 'What happened', 'What’s next']);
    await expect
      .poll(async () => (await activeElement(page)).label, { timeout: 5000 })
      .toBe('Move “What happened” down');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => editor.outlineEntries(), { timeout: 5000 })
      .toEqual(['Affected areas', 'What’s next', 'What happened']);
    // At the bottom "down" is disabled: the focus moves to "up" rather than being lost.
    await expect.poll(async () => (await activeElement(page)).label, { timeout: 5000 }).toBe('Move “What happened” up');
  });
});
