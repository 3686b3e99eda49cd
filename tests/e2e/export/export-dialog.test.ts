import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { harnessSessions } from '../harness/harness-sessions';
import { ExportPage } from '../pages/export-page';
import { pdfInfo, pdfOutline } from './export-checks';
import { makeFixtureDataFolder } from './fixture-data-folder';

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const sessions = harnessSessions();

async function openExportScreen() {
  const dataDir = sessions.removeAfterTest(await makeFixtureDataFolder());
  const app = await sessions.open({ dataDir });
  await app.sendMenuCommand('open-export');
  const screen = new ExportPage(app.page);
  await screen.heading.waitFor();
  return { app, dataDir, screen };
}

describe('the export dialog in the app', () => {
  it('exports two briefings as one combined Letter PDF into the data folder, without the authors', async () => {
    const { app, dataDir, screen } = await openExportScreen();
    await screen.briefing(/^Russia launches 42 drone strikes/).check();
    await screen.briefing(/^Sudan: Humanitarian Situation Report/).check();
    await screen.openDialog().click();
    await screen.option('One file with a cover and contents page').check();
    await screen.option('Letter').check();
    await screen.option('Authors').uncheck();
    await expect
      .poll(() => screen.destination.inputValue())
      .toMatch(new RegExp(`^${dataDir}/exports/\\d{4}-\\d{2}-\\d{2}-briefings-2\\.pdf$`));
    await screen.exportButton.click();
    await screen.result.waitFor({ timeout: 60_000 });
    expect(await screen.result.innerText()).toBe('Exported 1 file.');
    const [file] = await readdir(path.join(dataDir, 'exports'));
    const pdf = path.join(dataDir, 'exports', file as string);
    expect(await pdfInfo(pdf)).toMatchObject({ Tagged: 'yes', 'Page size': '612 x 792 pts (letter)' });
    expect((await pdfInfo(pdf)).Author).toBeUndefined();
    expect(await pdfOutline(pdf)).toEqual(expect.arrayContaining(['Contents', 'Attack amid diplomacy', 'Funding']));
    await app.page.evaluate(axeSource);
    const serious = await app.page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string }[] }> } }
      ).axe;
      return (await axe.run()).violations
        .filter((violation) => ['serious', 'critical'].includes(violation.impact))
        .map((violation) => violation.id);
    });
    expect(serious).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });

  it('exports one briefing as HTML where the user typed, inside the data folder', async () => {
    const { dataDir, screen } = await openExportScreen();
    await screen.briefing(/^FLASH: Explosion reported/).check();
    await screen.openDialog().click();
    await screen.option(/^HTML/).check();
    const target = path.join(dataDir, 'exports', 'flash', 'alert.html');
    await screen.destination.fill(target);
    await screen.exportButton.click();
    await screen.result.waitFor();
    expect(await readFile(target, 'utf8')).toContain(
      'FLASH: Explosion reported at Zaporizhzhia nuclear plant perimeter',
    );
    await screen.dialog.getByRole('button', { name: 'Show in folder' }).click();
    await expect
      .poll(() => screen.error.innerText())
      .toBe('This needs the Briefdesk desktop app; it is not available here.');
  });

  it('explains in plain words when the destination was not chosen with the Save dialog', async () => {
    const { screen } = await openExportScreen();
    await screen.briefing(/^Geneva talks tracker/).check();
    await screen.openDialog().click();
    await screen.destination.fill('/etc/briefdesk-export.pdf');
    await screen.exportButton.click();
    await expect.poll(() => screen.error.innerText()).toBe('Choose where to save the export with the Save dialog.');
    await screen.dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await screen.dialog.isVisible()).toBe(false);
  });
});
