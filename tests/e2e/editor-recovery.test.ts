import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorSessions, whatHappenedBriefing } from './harness/editor-sessions';

const { open, temporaryDataDir } = editorSessions();

const breakingNews = whatHappenedBriefing({ title: 'Port closed after strike', timeZone: 'Europe/Kyiv' });

/** Waits (from outside the page) until the recovery journal on disk holds `text`. */
async function waitForJournal(dataDir: string, id: string, text: string): Promise<string> {
  const file = path.join(dataDir, 'library', 'journal', `${id}.json`);
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    const written = await readFile(file, 'utf8').catch(() => '');
    if (written.includes(text)) return written;
    await new Promise((resolve) => setTimeout(resolve, 15));
  }
  throw new Error(`The recovery journal never held “${text}”.`);
}

async function typeAndCrash(dataDir: string, typed: string) {
  const first = await open(dataDir);
  const briefing = await first.editor.createBriefing(breakingNews);
  await first.editor.open(briefing.id);
  await first.editor.clickPrompt('The sequence of events');
  await first.app.page.keyboard.type(typed);
  const journal = await waitForJournal(dataDir, briefing.id, typed);
  expect(JSON.parse(journal)).toMatchObject({ briefingId: briefing.id, revision: briefing.revision });
  await first.app.close();
  return briefing;
}

describe('the recovery journal', () => {
  it('offers text typed just before the app closed beside the saved version: compare, then restore', async () => {
    const dataDir = await temporaryDataDir();
    const typed = 'Cranes at berth 7 were hit at 04:10.';
    const briefing = await typeAndCrash(dataDir, typed);

    const second = await open(dataDir);
    const info = await second.app.page.evaluate(() => window.briefdesk?.app.info());
    expect(info?.ok && info.value.notices.map((notice) => notice.message).join('\n')).toMatch(
      /Unsaved text of “Port closed after strike” from \d\d:\d\d UTC was found/,
    );
    await second.editor.open(briefing.id);
    const offer = second.app.page.getByRole('region', { name: /^Unsaved text from \d/ });
    await offer.waitFor();
    // Never applied by itself: the editor and the file hold the saved version until the user chooses.
    expect(await second.editor.body.textContent()).not.toContain(typed);
    expect((await second.editor.stored(briefing.id)).revision).toBe(briefing.revision);

    await offer.getByRole('button', { name: 'Compare with the saved version' }).click();
    expect(await second.app.page.getByTestId('recovered-diff').locator('ins').allTextContents()).toEqual([
      expect.stringContaining(typed),
    ]);
    await offer.getByRole('button', { name: 'Restore unsaved text' }).click();
    await second.editor.body.getByText(typed).waitFor();
    await offer.waitFor({ state: 'detached' });
    const stored = await second.editor.stored(briefing.id);
    expect(JSON.stringify(stored.content)).toContain(typed);
    expect(stored.revision).toBe(briefing.revision + 1);
  });

  it('never brings back text the user discarded', async () => {
    const dataDir = await temporaryDataDir();
    const typed = 'A rumour nobody confirmed.';
    const briefing = await typeAndCrash(dataDir, typed);

    const second = await open(dataDir);
    await second.editor.open(briefing.id);
    const offer = second.app.page.getByRole('region', { name: /^Unsaved text from \d/ });
    await offer.getByRole('button', { name: 'Discard unsaved text' }).click();
    await second.app.page
      .getByRole('status')
      .filter({ hasText: /^Discarded the unsaved text from/ })
      .waitFor();
    await second.app.close();

    const third = await open(dataDir);
    const info = await third.app.page.evaluate(() => window.briefdesk?.app.info());
    expect(info?.ok && info.value.notices).toEqual([]);
    await third.editor.open(briefing.id);
    await third.editor.settle();
    expect(await third.app.page.getByRole('region', { name: /^Unsaved text from/ }).count()).toBe(0);
    expect(await third.editor.body.textContent()).not.toContain(typed);
    expect(JSON.stringify(await third.editor.stored(briefing.id))).not.toContain(typed);
  });
});
