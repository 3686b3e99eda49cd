import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { makeFixtureDataFolderWithLargePicture } from '../../tests/e2e/export/fixture-data-folder';
import { openHarnessApp } from '../../tests/e2e/harness/app-harness';
import { ExportPage } from '../../tests/e2e/pages/export-page';

/**
 * The export dialog warning about a large HTML file (a picture kept as its 11 MB original), with the
 * destination in the folder chosen last time and the way back to Documents.
 */
export async function takeExportSizeShots(outputDir: string): Promise<void> {
  const dataDir = await makeFixtureDataFolderWithLargePicture();
  const shared = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-desk-share-'));
  await writeFile(path.join(dataDir, 'settings.json'), JSON.stringify({ exportFolder: shared }));
  const app = await openHarnessApp({ dataDir });
  try {
    await app.page.setViewportSize({ width: 1280, height: 800 });
    await app.sendMenuCommand('open-export');
    const screen = new ExportPage(app.page);
    await screen.heading.waitFor();
    await screen.briefing(/^Flooding in Valencia/).check();
    await screen.openDialog().click();
    await screen.option(/^HTML/).check();
    await screen.dialog
      .getByRole('status')
      .filter({ hasText: /^This HTML file will be about/ })
      .waitFor();
    await screen.dialog.getByText('The folder you chose last time.').waitFor();
    await app.page.frameLocator('iframe[title="Preview of the export"]').locator('h1').waitFor();
    await app.page.evaluate(() => document.fonts.ready);
    const file = path.join(outputDir, 'export-size-warning.png');
    await app.page.screenshot({ path: file });
    console.log(`Wrote ${path.relative(process.cwd(), file)}`);
  } finally {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
    await rm(shared, { recursive: true, force: true });
  }
}
