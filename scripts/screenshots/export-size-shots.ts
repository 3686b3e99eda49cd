import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { assetFileName } from '../../electron/common/document/asset-source';
import { makeFixtureDataFolder } from '../../tests/e2e/export/fixture-data-folder';
import { openHarnessApp } from '../../tests/e2e/harness/app-harness';
import { ExportPage } from '../../tests/e2e/pages/export-page';
import { doc, figure, fixtureBriefing, paragraph, section } from '../../tests/fixtures/briefings/document-builders';
import { fixtureAssetSource, noisyPng } from '../../tests/fixtures/briefings/fixture-image';

/**
 * The export dialog warning about a large HTML file (a picture kept as its 11 MB original), with the
 * destination in the folder chosen last time and the way back to Documents.
 */
export async function takeExportSizeShots(outputDir: string): Promise<void> {
  const dataDir = await makeFixtureDataFolder();
  const shared = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-desk-share-'));
  const photo = noisyPng(2000, 1900, 11);
  const source = fixtureAssetSource(photo);
  await writeFile(path.join(dataDir, 'library', 'assets', assetFileName(source) as string), photo);
  const briefing = fixtureBriefing(
    'fixture-large-photo',
    { title: 'Flooding in Valencia', timeZone: 'Europe/Madrid', status: 'draft' },
    doc(
      section(
        'lede',
        'What happened',
        paragraph('The Turia burst its banks overnight.'),
        figure(source, 'The riverbed at dawn', ['The riverbed at dawn, from the Serranos bridge.'], 'Photo: A. Ruiz'),
      ),
    ),
  );
  await writeFile(path.join(dataDir, 'library', 'briefings', `${briefing.id}.json`), JSON.stringify(briefing));
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
