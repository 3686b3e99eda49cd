import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { doc, fixtureBriefing, paragraph, section } from '../../fixtures/briefings/document-builders';
import { harnessSessions } from '../harness/harness-sessions';
import { ExportPage } from '../pages/export-page';
import { TemplatesPage } from '../pages/templates-page';
import { makeFixtureDataFolder, writeStoredBriefing } from './fixture-data-folder';

const sessions = harnessSessions();
const dailyBriefings = 130;
/** The six fixture briefings and the daily ones. */
const libraryTotal = dailyBriefings + 6;

/**
 * The fixture briefings, and 130 daily briefings updated after them: the fixtures ("Geneva talks
 * tracker" among them) are beyond the first page of 100, as old briefings are in a desk's archive.
 */
async function dataFolderLargerThanAPage(): Promise<string> {
  const dataDir = sessions.removeAfterTest(await makeFixtureDataFolder());
  for (let number = 1; number <= dailyBriefings; number += 1) {
    const label = String(number).padStart(3, '0');
    const briefing = {
      ...fixtureBriefing(
        `daily-${label}`,
        { title: `Daily brief ${label}`, timeZone: 'Europe/Kyiv', status: 'draft' },
        doc(section('lede', 'Summary', paragraph(`Overnight summary number ${label}.`))),
      ),
      updatedAt: new Date(Date.UTC(2026, 10, 27, 0, number)).toISOString(),
    };
    await writeStoredBriefing(dataDir, briefing);
  }
  return dataDir;
}

describe('screens that pick briefings from a library larger than a page', () => {
  it('lets the export screen find, tick and export briefings a page at a time, in the order ticked', async () => {
    const app = await sessions.open({ dataDir: await dataFolderLargerThanAPage() });
    await app.sendMenuCommand('open-export');
    const screen = new ExportPage(app.page);
    await screen.heading.waitFor();
    const listed = app.page.locator('.export-list').getByRole('checkbox');
    await expect.poll(() => listed.count()).toBe(100);
    expect(await app.page.getByText(`100 of ${libraryTotal} shown`).isVisible()).toBe(true);
    expect(await screen.briefing(/^Geneva talks tracker/).count()).toBe(0);

    await screen.briefing(/^Daily brief 130/).check();
    await app.page.getByRole('searchbox', { name: 'Find briefings' }).fill('Geneva');
    await screen.briefing(/^Geneva talks tracker/).check();
    await app.page.getByRole('searchbox', { name: 'Find briefings' }).fill('');
    await expect.poll(() => listed.count()).toBe(100);
    // What was ticked before the search is still ticked.
    expect(await screen.briefing(/^Daily brief 130/).isChecked()).toBe(true);
    await app.page.getByRole('button', { name: `Show ${libraryTotal - 100} more` }).click();
    await expect.poll(() => listed.count()).toBe(libraryTotal);
    expect(await screen.briefing(/^Geneva talks tracker/).isChecked()).toBe(true);

    await screen.openDialog().click();
    await screen.option('One file with a cover and contents page').check();
    await screen.option(/^HTML/).check();
    await screen.exportButton.click();
    await screen.result.waitFor({ timeout: 60_000 });
    const [file] = await readdir(app.documentsDir);
    expect(file).toMatch(/briefings-2\.html$/);
    // The combined file follows the order ticked: the daily brief first, then the tracker.
    const text = await readFile(path.join(app.documentsDir, file as string), 'utf8');
    expect(text.indexOf('Daily brief 130')).toBeGreaterThan(-1);
    expect(text.indexOf('Daily brief 130')).toBeLessThan(text.indexOf('Geneva talks tracker'));

    expect(app.invokedChannels).toContain('library.search');
    expect(app.invokedChannels).not.toContain('briefings.list');
    expect(app.pageErrors).toEqual([]);
  });

  it('lets the templates screen find a briefing beyond the first page and save it as a template', async () => {
    const app = await sessions.open({ dataDir: await dataFolderLargerThanAPage() });
    const templates = new TemplatesPage(app.page);
    await templates.open();
    const picker = app.page.getByRole('combobox', { name: 'Briefing' });
    await expect.poll(() => picker.getByRole('option').count()).toBe(100);
    expect(await picker.inputValue()).toBe('daily-130');
    expect(await app.page.getByText(`The 100 most recently updated of ${libraryTotal}`).isVisible()).toBe(true);

    await app.page.getByRole('searchbox', { name: 'Find a briefing' }).fill('Geneva talks');
    await expect.poll(() => picker.inputValue()).toBe('fixture-negotiations-tracker');
    await app.page.getByRole('button', { name: 'Save as template…' }).click();
    await templates.dialog.getByLabel('Template name').fill('Talks tracker');
    await templates.dialog.getByRole('button', { name: 'Save template' }).click();
    await templates.dialog.getByText('“Talks tracker” is now in your templates').waitFor();
    await app.page.keyboard.press('Enter');
    await templates.ownTemplate('Talks tracker').waitFor();

    await app.page.getByRole('searchbox', { name: 'Find a briefing' }).fill('no such words anywhere');
    await app.page.getByRole('option', { name: 'No briefing matches' }).waitFor({ state: 'attached' });
    expect(await app.page.getByRole('button', { name: 'Save as template…' }).isDisabled()).toBe(true);

    expect(app.invokedChannels).not.toContain('briefings.list');
    expect(app.pageErrors).toEqual([]);
  });
});
