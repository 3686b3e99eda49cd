import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { harnessSessions } from './harness/harness-sessions';
import { EditorPage } from './pages/editor-page';
import { ExportPage } from './pages/export-page';
import { LibraryPage } from './pages/library-page';

const sessions = harnessSessions();

describe('exporting from the library', () => {
  it('exports the selected briefing as HTML into the Documents folder', async () => {
    const app = await sessions.open();
    const { page } = app;
    const library = new LibraryPage(page);
    await library.heading.waitFor();
    await new EditorPage(page).createBriefing({
      metadata: { title: 'Grain corridor reopens', timeZone: 'Europe/Istanbul' },
      content: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Three ships left Odesa at dawn.' }] }],
      },
    });
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Library' }).click();
    await library.row('Grain corridor reopens').click();
    await page.getByRole('toolbar').getByRole('button', { name: 'Export…', exact: true }).click();

    const screen = new ExportPage(page);
    await screen.option(/^HTML/).check();
    // Main names the default destination for the chosen format.
    await expect.poll(() => screen.destination.inputValue()).toMatch(/\.html$/);
    const destination = await screen.destination.inputValue();
    expect(path.dirname(destination)).toBe(app.documentsDir);
    await screen.exportButton.click();
    await screen.result.waitFor({ timeout: 60_000 });
    const html = await readFile(destination, 'utf8');
    expect(html).toContain('Grain corridor reopens');
    expect(html).toContain('Three ships left Odesa at dawn.');
  });
});
