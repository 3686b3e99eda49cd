import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { harnessSessions } from '../harness/harness-sessions';
import { seriousAxeViolations } from '../harness/serious-axe-violations';
import { ExportPage } from '../pages/export-page';
import { makeFixtureDataFolder, makeFixtureDataFolderWithLargePicture } from './fixture-data-folder';

const sessions = harnessSessions();

async function dataFolderWithLargePicture(): Promise<string> {
  return sessions.removeAfterTest(await makeFixtureDataFolderWithLargePicture());
}

describe('the export dialog’s size warning and remembered folder', () => {
  it('warns in a sentence before exporting a briefing with a large picture, and still exports it', async () => {
    const app = await sessions.open({ dataDir: await dataFolderWithLargePicture() });
    await app.sendMenuCommand('open-export');
    const screen = new ExportPage(app.page);
    await screen.heading.waitFor();
    await screen.briefing(/^Flooding in Valencia/).check();
    await screen.openDialog().click();
    const warning = screen.dialog.getByRole('status').filter({ hasText: /will be about/ });
    await expect
      .poll(() => warning.textContent(), { timeout: 30_000 })
      .toMatch(/^This PDF will be about 1\d\.\d MB, 1\d\.\d MB of it for one picture\..*Largest picture size/);
    await screen.option(/^HTML/).check();
    // HTML carries the picture as base64 text: the estimate grows by a third and says why.
    await expect
      .poll(() => warning.textContent(), { timeout: 30_000 })
      .toMatch(/^This HTML file will be about 1[4-6]\.\d MB/);
    expect(await warning.textContent()).toContain('HTML holds pictures as text');
    expect(await seriousAxeViolations(app.page)).toEqual([]);
    await screen.exportButton.click();
    await screen.result.waitFor({ timeout: 60_000 });
    const [file] = await readdir(app.documentsDir);
    expect((await readFile(path.join(app.documentsDir, file as string))).length).toBeGreaterThan(14 * 1024 * 1024);

    // A briefing of a usual size gets no warning.
    await screen.dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await screen.briefing(/^Flooding in Valencia/).uncheck();
    await screen.briefing(/^FLASH: Explosion reported/).check();
    await screen.openDialog().click();
    await expect.poll(() => screen.destination.inputValue(), { timeout: 30_000 }).toMatch(/\.pdf$/);
    await screen.dialog.getByRole('img', { name: /^Page 1 of \d+$/ }).waitFor({ timeout: 60_000 });
    expect(await warning.count()).toBe(0);
  });

  it('goes back from the folder chosen last time to the Documents folder', async () => {
    const dataDir = sessions.removeAfterTest(await makeFixtureDataFolder());
    const shared = sessions.removeAfterTest(await mkdtemp(path.join(os.tmpdir(), 'briefdesk-desk-share-')));
    await mkdir(shared, { recursive: true });
    await writeFile(path.join(dataDir, 'settings.json'), JSON.stringify({ exportFolder: shared }));
    const app = await sessions.open({ dataDir });
    await app.sendMenuCommand('open-export');
    const screen = new ExportPage(app.page);
    await screen.heading.waitFor();
    await screen.briefing(/^FLASH: Explosion reported/).check();
    await screen.openDialog().click();
    await expect
      .poll(() => screen.destination.inputValue(), { timeout: 30_000 })
      .toMatch(new RegExp(`^${shared}/.+\\.pdf$`));
    await screen.dialog.getByText('The folder you chose last time.').waitFor();
    await screen.dialog.getByRole('button', { name: 'Use the Documents folder again' }).click();
    await expect
      .poll(() => screen.destination.inputValue(), { timeout: 30_000 })
      .toMatch(new RegExp(`^${app.documentsDir}/.+\\.pdf$`));
    expect(await screen.dialog.getByText('The folder you chose last time.').count()).toBe(0);
    expect(JSON.parse(await readFile(path.join(dataDir, 'settings.json'), 'utf8')).exportFolder).toBe('');
    await rm(shared, { recursive: true, force: true });
  });
});
