import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { makeFixtureDataFolder } from '../../tests/e2e/export/fixture-data-folder';
import { type HarnessApp, openHarnessApp } from '../../tests/e2e/harness/app-harness';
import { ExportPage } from '../../tests/e2e/pages/export-page';
import { LibraryPage } from '../../tests/e2e/pages/library-page';
import { SettingsPage } from '../../tests/e2e/pages/settings-page';

const run = promisify(execFile);

async function shoot(app: HarnessApp, outputDir: string, name: string): Promise<void> {
  const file = path.join(outputDir, name);
  await app.page.evaluate(() => document.fonts.ready);
  await app.page.screenshot({ path: file });
  console.log(`Wrote ${path.relative(process.cwd(), file)}`);
}

/** The Library with three briefings selected, and the notice with Undo after they went to the trash. */
async function libraryShots(app: HarnessApp, outputDir: string): Promise<void> {
  const library = new LibraryPage(app.page);
  await library.sortBy('Title').click();
  await library.row('FLASH: Explosion').click();
  await library.row('Russia launches').click({ modifiers: ['Shift'] });
  await shoot(app, outputDir, 'library-selection.png');
  await app.page.keyboard.press('Delete');
  await library.status.filter({ hasText: 'Moved 3 briefings to the trash.' }).waitFor();
  await shoot(app, outputDir, 'library-trash-undo.png');
  await app.page.keyboard.press('Control+Z');
  await library.status.filter({ hasText: 'Restored 3 briefings from the trash.' }).waitFor();
}

/** The export dialog with the PDF's pages in its preview, then after a combined PDF export; and that PDF's cover and contents. */
async function exportShots(app: HarnessApp, outputDir: string): Promise<void> {
  await app.page.getByRole('toolbar').getByRole('button', { name: 'Export…', exact: true }).click();
  const dialog = new ExportPage(app.page);
  await dialog.option('One file with a cover and contents page').check();
  // The PDF's own pages, drawn once printed (twice, for the contents page's numbers).
  await dialog.dialog.locator('canvas[data-page="2"][data-ratio]').waitFor({ timeout: 120_000 });
  await shoot(app, outputDir, 'export-dialog.png');
  await dialog.exportButton.click();
  await dialog.result.waitFor({ timeout: 120_000 });
  await shoot(app, outputDir, 'export-dialog-done.png');
  const [pdf] = (await readdir(app.documentsDir)).filter((name) => name.endsWith('.pdf'));
  const pages = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-shots-'));
  try {
    await run('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '2',
      path.join(app.documentsDir, pdf as string),
      path.join(pages, 'page'),
    ]);
    const [cover, contents] = (await readdir(pages)).sort();
    await rename(path.join(pages, cover as string), path.join(outputDir, 'combined-pdf-cover.png'));
    await rename(path.join(pages, contents as string), path.join(outputDir, 'combined-pdf-contents.png'));
    console.log('Wrote docs/screenshots/combined-pdf-cover.png and combined-pdf-contents.png');
  } finally {
    await rm(pages, { recursive: true, force: true });
  }
  await dialog.dialog.getByRole('button', { name: 'Close', exact: true }).click();
}

/** Settings asking what to do with unsaved changes when the user leaves. */
async function settingsShot(app: HarnessApp, outputDir: string): Promise<void> {
  const settings = await new SettingsPage(app.page).open();
  await settings.authorName.fill('Dana Reyes');
  await app.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Library' }).click();
  await app.page.getByRole('dialog', { name: 'Save your changes to the settings?' }).waitFor();
  await shoot(app, outputDir, 'settings-unsaved.png');
  await app.page.getByRole('button', { name: 'Discard changes' }).click();
}

/** The export, library and settings screenshots, in a 1280×800 window over the fixture briefings. */
export async function takeExportAndLibraryShots(outputDir: string): Promise<void> {
  const dataDir = await makeFixtureDataFolder();
  const app = await openHarnessApp({ dataDir });
  try {
    await app.page.setViewportSize({ width: 1280, height: 800 });
    const library = new LibraryPage(app.page);
    await library.heading.waitFor();
    await library.rows.nth(5).waitFor();
    await libraryShots(app, outputDir);
    await exportShots(app, outputDir);
    await settingsShot(app, outputDir);
  } finally {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
