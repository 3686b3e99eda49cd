import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HarnessApp } from './harness/app-harness';
import { harnessSessions } from './harness/harness-sessions';
import { seriousAxeViolations } from './harness/serious-axe-violations';
import { ExportPage } from './pages/export-page';
import { LibraryPage } from './pages/library-page';

const sessions = harnessSessions();
const titles = ['Aleppo water outage', 'Bakhmut front update', 'Cox’s Bazar camp fire', 'Darfur displacement'];

/** Four briefings, listed by title so that their order is known. */
async function openLibraryWithFour(): Promise<{ app: HarnessApp; library: LibraryPage }> {
  const app = await sessions.open();
  const library = new LibraryPage(app.page);
  await library.heading.waitFor();
  await app.page.evaluate(async (names) => {
    for (const title of names) {
      const result = await window.briefdesk?.briefings.create({
        metadata: { title },
        content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `${title}.` }] }] },
      });
      if (!result?.ok) throw new Error('not created');
    }
  }, titles);
  // Coming back to the library lists what was just created.
  await app.page.getByRole('button', { name: 'Settings' }).click();
  await app.page.getByRole('button', { name: 'Library' }).click();
  await library.rows.nth(3).waitFor();
  await library.sortBy('Title').click();
  await expect.poll(() => library.titles()).toEqual(titles);
  return { app, library };
}

const selectedTitles = (library: LibraryPage) =>
  library.table.locator('tbody tr[aria-selected="true"] .row-title').allInnerTexts();

const focusedTitle = (app: HarnessApp) =>
  app.page.evaluate(() => document.activeElement?.querySelector('.row-title')?.textContent);

describe('selecting several briefings in the library', () => {
  it('selects with click, Shift-click and Ctrl-click, and from the keyboard with Shift+arrows and Ctrl+A', async () => {
    const { app, library } = await openLibraryWithFour();
    await library.row(titles[0] as string).click();
    await library.row(titles[2] as string).click({ modifiers: ['Shift'] });
    expect(await selectedTitles(library)).toEqual(titles.slice(0, 3));
    expect(await app.page.getByRole('toolbar', { name: 'Actions for 3 briefings' }).isVisible()).toBe(true);
    await library.row(titles[1] as string).click({ modifiers: ['Control'] });
    expect(await selectedTitles(library)).toEqual([titles[0], titles[2]]);
    await library.row(titles[3] as string).click();
    expect(await selectedTitles(library)).toEqual([titles[3]]);

    await app.page.keyboard.press('Control+A');
    expect(await selectedTitles(library)).toEqual(titles);
    await app.page.keyboard.press('Home');
    expect(await selectedTitles(library)).toEqual([titles[0]]);
    await app.page.keyboard.press('Shift+ArrowDown');
    await app.page.keyboard.press('Shift+ArrowDown');
    expect(await selectedTitles(library)).toEqual(titles.slice(0, 3));
    expect(await focusedTitle(app)).toBe(titles[2]);
    await app.page.keyboard.press('Shift+ArrowUp');
    expect(await selectedTitles(library)).toEqual(titles.slice(0, 2));
    await app.page.keyboard.press('ArrowDown');
    await app.page.keyboard.press('Control+ ');
    expect(await selectedTitles(library)).toEqual([]);
    await app.page.keyboard.press('Control+ ');
    expect(await selectedTitles(library)).toEqual([titles[2]]);
    expect(await seriousAxeViolations(app.page)).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });

  it('trashes the selection with Delete, keeps the place without selecting a neighbour, and undoes with Ctrl+Z', async () => {
    const { app, library } = await openLibraryWithFour();
    await library.row(titles[1] as string).click();
    await app.page.keyboard.press('Shift+ArrowDown');
    await app.page.keyboard.press('Delete');
    await library.status.filter({ hasText: 'Moved 2 briefings to the trash.' }).waitFor();
    await expect.poll(() => library.titles()).toEqual([titles[0], titles[3]]);
    expect(await selectedTitles(library)).toEqual([]);
    expect(await focusedTitle(app)).toBe(titles[3]);
    // A second Delete has nothing selected to trash.
    await app.page.keyboard.press('Delete');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await library.titles()).toEqual([titles[0], titles[3]]);
    expect(await app.page.getByRole('button', { name: 'Undo' }).getAttribute('aria-keyshortcuts')).toBe('Control+Z');
    await app.page.keyboard.press('Control+Z');
    await library.status.filter({ hasText: 'Restored 2 briefings from the trash.' }).waitFor();
    await expect.poll(() => library.titles()).toEqual(titles);
    expect(await selectedTitles(library)).toEqual(titles.slice(1, 3));
    expect(app.pageErrors).toEqual([]);
  });

  it('sets one status on every selected briefing', async () => {
    const { app, library } = await openLibraryWithFour();
    await library.row(titles[0] as string).click();
    await library.row(titles[3] as string).click({ modifiers: ['Control'] });
    await app.page.getByLabel('New status').selectOption({ label: 'Approved' });
    await app.page.getByRole('button', { name: 'Set status' }).click();
    await library.status.filter({ hasText: 'Set 2 briefings to “Approved”.' }).waitFor();
    await expect
      .poll(() => library.rows.locator('td:nth-child(2)').allInnerTexts())
      .toEqual(['Approved', 'Draft', 'Draft', 'Approved']);
    expect(app.pageErrors).toEqual([]);
  });

  it('exports the selection from the Library’s Export… as one combined file', async () => {
    const { app, library } = await openLibraryWithFour();
    await library.row(titles[0] as string).click();
    await library.row(titles[2] as string).click({ modifiers: ['Shift'] });
    await app.page.getByRole('toolbar').getByRole('button', { name: 'Export…', exact: true }).click();
    const screen = new ExportPage(app.page);
    await screen.dialog.getByRole('heading', { name: 'Export 3 briefings' }).waitFor();
    await screen.option(/^HTML/).check();
    await screen.option('One file with a cover and contents page').check();
    await expect.poll(() => screen.destination.inputValue()).toMatch(/briefings-3\.html$/);
    await screen.exportButton.click();
    await screen.result.waitFor({ timeout: 60_000 });
    const [file] = await readdir(app.documentsDir);
    const html = await readFile(path.join(app.documentsDir, file as string), 'utf8');
    for (const title of titles.slice(0, 3)) expect(html).toContain(title);
    expect(html).not.toContain(titles[3]);
  });
});
