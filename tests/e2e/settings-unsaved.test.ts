import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HarnessApp } from './harness/app-harness';
import { harnessSessions } from './harness/harness-sessions';
import { seriousAxeViolations } from './harness/serious-axe-violations';
import { LibraryPage } from './pages/library-page';
import { SettingsPage } from './pages/settings-page';

const sessions = harnessSessions();

const storedAuthor = async (app: HarnessApp) =>
  JSON.parse(await readFile(path.join(app.dataDir, 'settings.json'), 'utf8').catch(() => '{}')).authorName;

describe('leaving Settings with unsaved changes', () => {
  it('asks first: Stay keeps the text, Discard drops it, Save keeps it — all from the keyboard', async () => {
    const app = await sessions.open();
    const settings = await new SettingsPage(app.page).open();
    const prompt = app.page.getByRole('dialog', { name: 'Save your changes to the settings?' });
    const libraryButton = app.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Library' });

    await settings.authorName.fill('Dana Reyes');
    await libraryButton.focus();
    await app.page.keyboard.press('Enter');
    await prompt.waitFor();
    expect(await seriousAxeViolations(app.page)).toEqual([]);
    expect(await app.page.evaluate(() => document.activeElement?.textContent)).toBe('Save');
    await app.page.keyboard.press('Escape');
    await prompt.waitFor({ state: 'detached' });
    expect(await settings.heading.isVisible()).toBe(true);
    expect(await settings.authorName.inputValue()).toBe('Dana Reyes');

    // A menu command is held the same way; Discard drops the change and goes on.
    await app.sendMenuCommand('open-about');
    await prompt.waitFor();
    await app.page.keyboard.press('Tab');
    expect(await app.page.evaluate(() => document.activeElement?.textContent)).toBe('Discard changes');
    await app.page.keyboard.press('Enter');
    await app.page.getByRole('heading', { level: 1, name: /About/ }).waitFor();
    expect(await storedAuthor(app)).toBeUndefined();

    await settings.open();
    expect(await settings.authorName.inputValue()).toBe('');
    await settings.authorName.fill('Dana Reyes');
    await libraryButton.click();
    await prompt.waitFor();
    await app.page.keyboard.press('Enter');
    await new LibraryPage(app.page).heading.waitFor();
    expect(await storedAuthor(app)).toBe('Dana Reyes');
    expect(app.pageErrors).toEqual([]);
  });

  it('lets the user go without asking when nothing changed, and stays when saving fails', async () => {
    const app = await sessions.open();
    const settings = await new SettingsPage(app.page).open();
    await settings.authorName.fill('x');
    await settings.authorName.fill('');
    await app.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Library' }).click();
    await new LibraryPage(app.page).heading.waitFor();

    await settings.open();
    await settings.authorName.fill('x'.repeat(121));
    await app.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Library' }).click();
    await app.page.getByRole('dialog', { name: 'Save your changes to the settings?' }).waitFor();
    await app.page.getByRole('button', { name: 'Save', exact: true }).click();
    await settings.error.waitFor();
    expect(await settings.error.textContent()).toBe('The author name can be at most 120 characters.');
    expect(await settings.heading.isVisible()).toBe(true);
  });
});
