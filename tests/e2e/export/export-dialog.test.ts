import { readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { harnessSessions } from '../harness/harness-sessions';
import { seriousAxeViolations } from '../harness/serious-axe-violations';
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
  return { app, dataDir, documentsDir: app.documentsDir, screen };
}

describe('the export dialog in the app', () => {
  it('exports two briefings as one combined Letter PDF into Documents, without the authors', async () => {
    const { app, documentsDir, screen } = await openExportScreen();
    await screen.briefing(/^Russia launches 42 drone strikes/).check();
    await screen.briefing(/^Sudan: Humanitarian Situation Report/).check();
    await screen.openDialog().click();
    await screen.option('One file with a cover and contents page').check();
    await screen.option('Letter').check();
    await screen.option('Authors').uncheck();
    await expect
      .poll(() => screen.destination.inputValue())
      .toMatch(new RegExp(`^${documentsDir}/\\d{4}-\\d{2}-\\d{2}-briefings-2\\.pdf$`));
    await screen.exportButton.click();
    await screen.result.waitFor({ timeout: 60_000 });
    expect(await screen.result.textContent()).toBe('Exported 1 file.');
    const [file] = await readdir(documentsDir);
    const pdf = path.join(documentsDir, file as string);
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
      .poll(() => screen.error.textContent())
      .toBe('This needs the Briefdesk desktop app; it is not available here.');
  });

  it('explains in plain words when the destination was not chosen with the Save dialog', async () => {
    const { screen } = await openExportScreen();
    await screen.briefing(/^Geneva talks tracker/).check();
    await screen.openDialog().click();
    await screen.destination.fill('/etc/briefdesk-export.pdf');
    await screen.exportButton.click();
    await expect.poll(() => screen.error.textContent()).toBe('Choose where to save the export with the Save dialog.');
    await screen.dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await screen.dialog.isVisible()).toBe(false);
  });

  it('never overwrites silently: asks, and keeps both or replaces from the keyboard', async () => {
    const { app, documentsDir, screen } = await openExportScreen();
    await screen.briefing(/^FLASH: Explosion reported/).check();
    await screen.openDialog().click();
    await screen.option(/^HTML/).check();
    await expect.poll(() => screen.destination.inputValue()).toMatch(/\.html$/);
    const destination = await screen.destination.inputValue();
    expect(path.dirname(destination)).toBe(documentsDir);
    await writeFile(destination, 'an earlier export the user kept');
    await screen.exportButton.focus();
    await app.page.keyboard.press('Enter');
    await expect
      .poll(() => screen.error.textContent())
      .toContain(`“${path.basename(destination)}” already exists in ${documentsDir}.`);
    // Focus lands on the safe choice; Enter keeps both under a numbered name.
    expect(await app.page.evaluate(() => document.activeElement?.textContent)).toBe('Keep both');
    await app.page.keyboard.press('Enter');
    await screen.result.waitFor();
    const numbered = destination.replace(/\.html$/, '-2.html');
    expect(await readFile(destination, 'utf8')).toBe('an earlier export the user kept');
    expect(await readFile(numbered, 'utf8')).toContain('FLASH: Explosion reported');
    await screen.exportButton.click();
    await screen.dialog.getByRole('button', { name: 'Replace', exact: true }).click();
    await screen.result.waitFor();
    expect(await readFile(destination, 'utf8')).toContain('FLASH: Explosion reported');
    expect((await readdir(documentsDir)).sort()).toEqual([path.basename(destination), path.basename(numbered)].sort());
  });

  it('previews the export itself in a sandboxed frame, following the options', async () => {
    const { app, screen } = await openExportScreen();
    await screen.briefing(/^FLASH: Explosion reported/).check();
    await screen.openDialog().click();
    await screen.option(/^HTML/).check();
    const frameElement = screen.dialog.locator('iframe[title="Preview of the export"]');
    await frameElement.waitFor();
    expect(await frameElement.getAttribute('sandbox')).toBe('');
    const frame = app.page.frameLocator('iframe[title="Preview of the export"]');
    await expect
      .poll(() => frame.locator('h1').textContent(), { timeout: 30_000 })
      .toBe('FLASH: Explosion reported at Zaporizhzhia nuclear plant perimeter');
    // The export's own stylesheet and fonts apply inside the frame: it is the file, not a likeness.
    expect(await frame.locator('h1').evaluate((element) => getComputedStyle(element).fontFamily)).toContain(
      'Source Sans 3',
    );
    expect(await frame.locator('.briefing-metadata').textContent()).toContain('Dana Reyes');
    await screen.option('Authors').uncheck();
    await expect
      .poll(() => frame.locator('.briefing-metadata').textContent(), { timeout: 30_000 })
      .not.toContain('Dana Reyes');
    expect(await seriousAxeViolations(app.page)).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });

  it('fits a 1280×800 window and scrolls below it, keeping its buttons in view after an export', async () => {
    const { app, screen } = await openExportScreen();
    await screen.briefing(/^FLASH: Explosion reported/).check();
    await screen.briefing(/^Geneva talks tracker/).check();
    await screen.briefing(/^Sudan: Humanitarian Situation Report/).check();
    const inView = async (element: Locator, height: number) => {
      const box = await element.boundingBox();
      const dialog = await screen.dialog.boundingBox();
      return (
        box !== null &&
        dialog !== null &&
        box.y >= dialog.y &&
        box.y + box.height <= Math.min(height, dialog.y + dialog.height)
      );
    };
    for (const [width, height] of [
      [1280, 740],
      [1024, 560],
    ] as const) {
      await app.page.setViewportSize({ width, height });
      if (!(await screen.dialog.isVisible())) await screen.openDialog().click();
      await screen.option(/^HTML/).check();
      await screen.exportButton.click();
      const existing = screen.dialog.getByRole('button', { name: 'Keep both' });
      await Promise.race([screen.result.waitFor({ timeout: 60_000 }), existing.waitFor({ timeout: 60_000 })]);
      if (await existing.isVisible()) await existing.click();
      await screen.result.waitFor({ timeout: 60_000 });
      expect(await inView(screen.dialog.getByRole('button', { name: 'Close', exact: true }), height)).toBe(true);
      // What was written is brought into view below the options.
      expect(await inView(screen.result, height), `${width}×${height}`).toBe(true);
      const scrolls = await screen.dialog
        .locator('.export-dialog-body')
        .evaluate((body) => body.scrollHeight > body.clientHeight);
      if (height < 600) expect(scrolls).toBe(true);
      await screen.dialog.getByRole('button', { name: 'Close', exact: true }).click();
    }
  });
});
