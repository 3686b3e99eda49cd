import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorSessions } from './harness/editor-sessions';

const { open, temporaryDataDir } = editorSessions();

const breakingNews = {
  metadata: { title: 'Port closed after strike', timeZone: 'Europe/Kyiv' },
  content: {
    type: 'doc' as const,
    content: [
      {
        type: 'section',
        attrs: { kind: 'what-happened', guidance: 'The sequence of events.' },
        content: [
          { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'What happened' }] },
          { type: 'paragraph' },
        ],
      },
    ],
  },
};

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

describe('the recovery journal', () => {
  it('brings back text typed just before the app closed, before the autosave ran', async () => {
    const dataDir = await temporaryDataDir();
    const first = await open(dataDir);
    const briefing = await first.editor.createBriefing(breakingNews);
    await first.editor.open(briefing.id);
    await first.editor.clickPrompt('The sequence of events');
    const typed = 'Cranes at berth 7 were hit at 04:10.';
    await first.app.page.keyboard.type(typed);

    const journal = await waitForJournal(dataDir, briefing.id, typed);
    expect(JSON.parse(journal)).toMatchObject({ briefingId: briefing.id, revision: briefing.revision });
    await first.app.close();

    const second = await open(dataDir);
    const info = await second.app.page.evaluate(() => window.briefdesk?.app.info());
    expect(info?.ok && info.value.notices.map((notice) => notice.message).join('\n')).toContain(
      'Recovered unsaved text of',
    );
    await second.editor.open(briefing.id);
    await second.editor.body.getByText(typed).waitFor();
    const stored = await second.editor.stored(briefing.id);
    expect(JSON.stringify(stored.content)).toContain(typed);
    expect(stored.revision).toBe(briefing.revision + 1);
  });
});
