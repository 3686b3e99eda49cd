import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { harnessSessions } from '../harness/harness-sessions';
import { seriousAxeViolations } from '../harness/serious-axe-violations';
import { ExportPage } from '../pages/export-page';
import { pdfInfo } from './export-checks';
import { makeFixtureDataFolder } from './fixture-data-folder';

const sessions = harnessSessions();

describe('the export dialog’s PDF preview', () => {
  it('shows the printed pages themselves, as many as the exported PDF has, at the chosen paper size', async () => {
    const dataDir = sessions.removeAfterTest(await makeFixtureDataFolder());
    const app = await sessions.open({ dataDir });
    await app.sendMenuCommand('open-export');
    const screen = new ExportPage(app.page);
    await screen.heading.waitFor();
    await screen.briefing(/^Russia launches 42 drone strikes/).check();
    await screen.openDialog().click();
    await screen.option('A4').check();
    const firstPage = screen.dialog.getByRole('img', { name: /^Page 1 of \d+$/ });
    await firstPage.waitFor({ timeout: 60_000 });
    // Height over width: A4 is √2 (1.414), Letter 11 / 8.5 (1.294).
    const ratio = async () => Number(await firstPage.getAttribute('data-ratio'));
    await expect.poll(ratio, { timeout: 30_000 }).toBeCloseTo(Math.SQRT2, 2);
    const pages = Number(/of (\d+)$/.exec((await firstPage.getAttribute('aria-label')) ?? '')?.[1]);
    expect(pages).toBeGreaterThan(1);
    expect(await screen.dialog.getByRole('list', { name: 'Pages of the PDF' }).getByRole('img').count()).toBe(
      Math.min(pages, 6),
    );
    // No HTML stands in for the PDF any more.
    expect(await screen.dialog.locator('iframe').count()).toBe(0);

    await screen.option('Letter').check();
    await expect.poll(ratio, { timeout: 60_000 }).toBeCloseTo(11 / 8.5, 2);
    await screen.option('A4').check();
    await expect.poll(ratio, { timeout: 60_000 }).toBeCloseTo(Math.SQRT2, 2);
    expect(await seriousAxeViolations(app.page)).toEqual([]);

    await screen.exportButton.click();
    await screen.result.waitFor({ timeout: 60_000 });
    const [file] = await readdir(app.documentsDir);
    expect(Number((await pdfInfo(path.join(app.documentsDir, file as string))).Pages)).toBe(pages);
    expect(app.foreignRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
