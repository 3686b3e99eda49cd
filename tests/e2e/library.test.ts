import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../electron/common/briefing/briefing';
import type { HarnessApp } from './harness/app-harness';
import { harnessSessions } from './harness/harness-sessions';
import { LibraryPage } from './pages/library-page';

const sessions = harnessSessions();
const open = (dataDir?: string) => sessions.open(dataDir ? { dataDir } : {});

const body = (...lines: string[]) => ({
  type: 'doc' as const,
  content: lines.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

/** Creates briefings through the page's own API, as the app would. */
async function seed(app: HarnessApp): Promise<Briefing[]> {
  return app.page.evaluate(
    async (docs) => {
      const api = window.briefdesk;
      if (!api) throw new Error('no API');
      const created = [];
      for (const [title, desk, tags, text] of docs) {
        const result = await api.briefings.create({
          metadata: { title, desk, tags: tags.split(',') },
          content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
        });
        if (!result.ok) throw new Error(result.error.message);
        created.push(result.value);
      }
      return created;
    },
    [
      ['Kharkiv drone strikes', 'Europe', 'ukraine,drones', 'Forty-two drones hit civilian buildings overnight.'],
      ['Sahel displacement sitrep', 'Africa', 'sahel', 'Displacement rose; the funding gap widens.'],
      ['Peace talks tracker', 'Europe', 'ukraine', 'Agenda: prisoner exchange and drones over the Black Sea.'],
    ] as const,
  );
}

describe('the library screen', () => {
  it('opens first, lists, searches with highlights, filters, sorts and is driven from the keyboard', async () => {
    const app = await open();
    const library = new LibraryPage(app.page);
    await library.heading.waitFor();
    await seed(app);
    await library.search.fill('drones');
    await library.page.locator('.row-snippet mark').first().waitFor();
    expect(await library.titles()).toEqual(['Kharkiv drone strikes', 'Peace talks tracker']);
    expect(await library.row('Peace talks tracker').locator('mark').allInnerTexts()).toEqual(['drones']);
    await library.filter('Desk').selectOption('Europe');
    await library.search.fill('');
    await library.page.waitForFunction(() => document.querySelectorAll('.library-table tbody tr').length === 2);
    await library.filter('Desk').selectOption('');
    await library.rows.nth(2).waitFor();
    await library.sortBy('Title').click();
    await library.page.waitForFunction(
      () => document.querySelector('.library-table tbody tr .row-title')?.textContent === 'Kharkiv drone strikes',
    );
    expect(await library.titles()).toEqual([
      'Kharkiv drone strikes',
      'Peace talks tracker',
      'Sahel displacement sitrep',
    ]);
    expect(await library.table.getByRole('columnheader', { name: 'Title' }).getAttribute('aria-sort')).toBe(
      'ascending',
    );

    await library.rows.first().focus();
    await app.page.keyboard.press('ArrowDown');
    expect(await app.page.evaluate(() => document.activeElement?.querySelector('.row-title')?.textContent)).toBe(
      'Peace talks tracker',
    );
    await app.page.keyboard.press('Delete');
    await library.status.filter({ hasText: 'Moved “Peace talks tracker” to the trash.' }).waitFor();
    await library.page.waitForFunction(() => document.querySelectorAll('.library-table tbody tr').length === 2);
    await app.page.getByRole('button', { name: 'Undo' }).click();
    await library.row('Peace talks tracker').waitFor();

    await library.row('Sahel displacement sitrep').click();
    await library.action('Duplicate').click();
    await library.row('Sahel displacement sitrep (copy)').waitFor();
    await library.action('Move to trash').click();
    // The trash lists what is in it when it opens: wait until the move has landed.
    await library.status.filter({ hasText: 'Moved “Sahel displacement sitrep (copy)” to the trash.' }).waitFor();
    await app.page.getByRole('button', { name: 'Trash', exact: true }).click();
    const trash = app.page.getByRole('region', { name: 'Trash' });
    await trash.getByRole('listitem').filter({ hasText: 'Sahel displacement sitrep (copy)' }).waitFor();
    await trash.getByRole('button', { name: 'Restore Sahel displacement sitrep (copy)' }).click();
    await trash.getByText('The trash is empty.').waitFor();
    await app.page.getByRole('button', { name: 'Back to the library' }).click();
    await library.row('Sahel displacement sitrep (copy)').waitFor();

    await library.row('Kharkiv drone strikes').click();
    await app.page.keyboard.press('Enter');
    await app.page.waitForFunction(() => document.title === 'Editor — Briefdesk');
    expect(app.pageErrors).toEqual([]);
  });

  it('shows a large library a page at a time, and asks for the next page only when the user wants it', async () => {
    const app = await open();
    const library = new LibraryPage(app.page);
    await library.heading.waitFor();
    await app.page.evaluate(async () => {
      const api = window.briefdesk;
      if (!api) throw new Error('no API');
      for (let index = 0; index < 130; index += 1) {
        const result = await api.briefings.create({ metadata: { title: `Update ${index}` } });
        if (!result.ok) throw new Error(result.error.message);
      }
    });
    // A search and back: the list asks again.
    await library.search.fill('update');
    await library.search.fill('');
    await app.page.getByText('100 of 130 shown').waitFor();
    expect(await library.rows.count()).toBe(100);
    await app.page.getByRole('button', { name: 'Show 30 more' }).click();
    await library.row('Update 0').waitFor();
    expect(await library.rows.count()).toBe(130);
    expect(await app.page.getByRole('button', { name: /^Show \d+ more$/ }).count()).toBe(0);
    expect(app.pageErrors).toEqual([]);
  });

  it('keeps typed text through a closed page: offered at the next start, applied only when the user restores it', async () => {
    const dataDir = await sessions.temporaryDataDir();
    const first = await open(dataDir);
    await new LibraryPage(first.page).heading.waitFor();
    const [briefing] = await seed(first);
    if (!briefing) throw new Error('no briefing');
    const typed = body('Forty-two drones hit civilian buildings overnight.', 'Typed, never saved: power is out.');
    // What the editor sends ~300 ms after typing; no save follows, and the page is closed at once.
    const written = await first.page.evaluate(
      ([id, metadata, content]) => window.briefdesk?.journal.write({ briefingId: id, revision: 1, metadata, content }),
      [briefing.id, briefing.metadata, typed] as const,
    );
    expect(written).toMatchObject({ ok: true });
    await first.page.close({ runBeforeUnload: false });
    expect(await readdir(path.join(dataDir, 'library', 'journal'))).toEqual([`${briefing.id}.json`]);

    const second = await open(dataDir);
    await new LibraryPage(second.page).heading.waitFor();
    const untouched = await second.page.evaluate((id) => window.briefdesk?.briefings.get({ id }), briefing.id);
    expect(untouched).toMatchObject({ ok: true, value: { revision: 1, content: briefing.content } });
    const offered = await second.page.evaluate((id) => window.briefdesk?.journal.recovered({ id }), briefing.id);
    expect(offered).toMatchObject({ ok: true, value: { recovered: { briefingId: briefing.id, revision: 1 } } });
    const restored = await second.page.evaluate((id) => window.briefdesk?.journal.restore({ id }), briefing.id);
    expect(restored).toMatchObject({ ok: true, value: { revision: 2, content: typed } });
  });

  it('restores an older revision from the history panel after comparing it', async () => {
    const app = await open();
    const library = new LibraryPage(app.page);
    await library.heading.waitFor();
    const [briefing] = await seed(app);
    if (!briefing) throw new Error('no briefing');
    const saved = await app.page.evaluate(
      ([original, content]) =>
        window.briefdesk?.briefings.save({
          id: original.id,
          revision: original.revision,
          metadata: { ...original.metadata, status: 'in-review' },
          content,
        }),
      [briefing, body('Thirty drones, not forty-two, officials now say.')] as const,
    );
    expect(saved).toMatchObject({ ok: true, value: { revision: 2 } });
    await app.page.getByRole('button', { name: 'Settings' }).click();
    await app.page.getByRole('button', { name: 'Library' }).click();
    await library.row('Kharkiv drone strikes').click();
    await library.action('History').click();
    await library.history.getByRole('listitem').nth(1).waitFor();
    await library.history.getByRole('button', { name: 'Compare revision 1' }).click();
    const diff = library.history.getByTestId('revision-diff');
    await diff.waitFor();
    expect(await diff.locator('del').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining('Forty')]),
    );
    expect(await diff.locator('ins').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining('Thirty')]),
    );
    await library.history.getByRole('button', { name: 'Restore revision 1' }).click();
    await library.history.getByRole('button', { name: 'Restore', exact: true }).click();
    await library.history.getByText('Restored the text of revision 1 as revision 3.', { exact: false }).waitFor();
    const current = await app.page.evaluate((id) => window.briefdesk?.briefings.get({ id }), briefing.id);
    // The text comes back; the status set since stays, because no detail was ticked.
    expect(current).toMatchObject({
      ok: true,
      value: { revision: 3, content: briefing.content, metadata: { status: 'in-review' } },
    });
    expect(app.pageErrors).toEqual([]);
  });
});
