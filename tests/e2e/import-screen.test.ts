import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BriefingStore } from '../../electron/main/library/briefing-store';
import { harnessSessions } from './harness/harness-sessions';
import { ImportPage } from './pages/import-page';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/import');
const sessions = harnessSessions();
const open = () => sessions.open();

async function storedBodies(dataDir: string): Promise<string[]> {
  const store = await BriefingStore.open(dataDir, []);
  return Promise.all(store.list().map(async (row) => JSON.stringify((await store.get(row.id)).content)));
}

describe('the Import screen in Chromium', () => {
  it('imports a pasted article, shows the dropped clutter, and brings it back on Undo', async () => {
    const app = await open();
    const screen = new ImportPage(app.page);
    await screen.open();
    expect(await app.page.title()).toBe('Import — Briefdesk');
    await screen.pasteBox.fill(await readFile(path.join(fixtures, 'copied-web-text.txt'), 'utf8'));
    await screen.format('Text').check();
    await screen.readAndCreate();

    await screen.resultHeading.waitFor();
    expect(await screen.resultHeading.textContent()).toBe(
      'Imported “Russia launches 42 drone strikes amid peace talks in Istanbul”',
    );
    await screen.droppedNotice.waitFor();
    const notice = await screen.droppedNotice.textContent();
    expect(notice).toContain('Left out 6 pieces of site clutter');
    for (const clutter of ['You might also like', 'No comments', 'Your feedback is welcome!', 'Share on Facebook']) {
      expect(notice).toContain(clutter);
    }
    const [before] = await storedBodies(app.dataDir);
    expect(before).not.toContain('No comments');
    // The screen readied the importer when it opened, before the text was read.
    const asked = app.invokedChannels.filter((channel) => channel.startsWith('import.'));
    expect(asked.slice(0, 3)).toEqual(['import.prepare', 'import.preview', 'import.text']);

    await screen.undo.click();
    await screen.restored.waitFor();
    await screen.droppedNotice.waitFor({ state: 'detached' });
    const after = await storedBodies(app.dataDir);
    expect(after).toHaveLength(1);
    expect(after[0]).toContain('No comments');
    expect(after[0]).toContain('Your feedback is welcome!');
    expect(app.pageErrors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });

  it('opens from the application menu’s Import Article… command', async () => {
    const app = await open();
    await app.page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    await app.sendMenuCommand('open-import');
    await new ImportPage(app.page).heading.waitFor();
  });

  it('imports a file dropped on the paste box, and says why another one cannot be', async () => {
    const app = await open();
    const screen = new ImportPage(app.page);
    await screen.open();
    await screen.dropFile('ocha-sitrep.md', await readFile(path.join(fixtures, 'ocha-sitrep.md'), 'utf8'));
    await screen.checkHeading.waitFor();
    await screen.createButton.click();
    await screen.resultHeading.waitFor();
    expect(await screen.resultHeading.textContent()).toBe('Imported “Ukraine: Humanitarian Situation Report No. 12”');
    expect(await app.page.getByText('A new briefing with 6 sections.').count()).toBe(1);

    await screen.dropFile('scan.pdf', '%PDF-1.7', 'application/pdf');
    await screen.error.waitFor();
    expect(await screen.error.textContent()).toBe(
      '“scan.pdf” is not a file Briefdesk can import: drop a .md, .markdown, .html, .htm, .txt or .docx file.',
    );
  });

  it('says what could not come in, and nothing of a hostile page runs', async () => {
    const app = await open();
    const screen = new ImportPage(app.page);
    await screen.open();
    await screen.pasteBox.fill(await readFile(path.join(fixtures, 'hostile-scripts.html'), 'utf8'));
    await screen.format('HTML').check();
    await screen.readAndCreate();
    await screen.resultHeading.waitFor();
    expect(await screen.resultHeading.textContent()).toBe('Imported “Ceasefire announced in Gaza”');
    const notices = app.page.getByRole('list', { name: 'Import notices' });
    expect(await notices.textContent()).toContain('An image could not be brought in');
    const [body] = await storedBodies(app.dataDir);
    expect(body).not.toMatch(/javascript:|onerror|<script|data:text/i);
    expect(app.pageErrors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });

  it('lets the user correct title, dateline and date and pick a template before anything is stored', async () => {
    const app = await open();
    const screen = new ImportPage(app.page);
    await screen.open();
    await screen.pasteBox.fill(await readFile(path.join(fixtures, 'scraped-text/headline-and-lede.txt'), 'utf8'));
    await screen.format('Text').check();
    await screen.readButton.click();
    await screen.checkHeading.waitFor();
    expect(await screen.checkField('Title').inputValue()).toBe(
      'Russia launches 42 drone strikes on Ukrainian cities amid peace talks in Istanbul',
    );
    expect(await screen.checkField('Dateline').inputValue()).toBe('KYIV');
    expect(await screen.checkField('Date').inputValue()).toBe('2026-11-25');
    expect(await storedBodies(app.dataDir)).toEqual([]);
    await screen.checkField('Title').fill('Drone strikes before the Istanbul talks');
    await screen.checkField('Dateline').fill('Kyiv');
    await screen.checkField('Date').fill('2026-11-24');
    await screen.checkField('Template').selectOption({ label: 'Situation update' });
    await screen.createButton.click();
    await screen.resultHeading.waitFor();
    const store = await BriefingStore.open(app.dataDir, []);
    const [row] = store.list();
    const stored = await store.get(row?.id ?? '');
    expect(stored.metadata).toMatchObject({
      title: 'Drone strikes before the Istanbul talks',
      datelinePlace: 'Kyiv',
      eventDate: '2026-11-24',
    });
    expect(stored.templateId).toBe('situation-update');
  });

  it('says when a page has no article, stores nothing, and imports it only when asked', async () => {
    const app = await open();
    const screen = new ImportPage(app.page);
    await screen.open();
    await screen.pasteBox.fill(await readFile(path.join(fixtures, 'no-article.html'), 'utf8'));
    await screen.format('HTML').check();
    await screen.readButton.click();
    await screen.error.waitFor();
    expect(await screen.error.textContent()).toContain(
      'Briefdesk found no article text here, so nothing was imported.',
    );
    expect(await storedBodies(app.dataDir)).toEqual([]);
    await screen.importAnyway.click();
    await screen.checkHeading.waitFor();
    await screen.createButton.click();
    await screen.resultHeading.waitFor();
    expect(await storedBodies(app.dataDir)).toHaveLength(1);
  });

  it('has no serious accessibility violations with a result shown', async () => {
    const app = await open();
    const screen = new ImportPage(app.page);
    await screen.open();
    await screen.pasteBox.fill(await readFile(path.join(fixtures, 'copied-web-text.txt'), 'utf8'));
    await screen.readAndCreate();
    await screen.droppedNotice.waitFor();
    const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await app.page.evaluate(axeSource);
    const violations = await app.page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string }[] }> } })
        .axe;
      const result = await axe.run();
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    });
    expect(violations).toEqual([]);
  });
});
