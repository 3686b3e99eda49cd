import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { closeHarnessBrowser, type HarnessApp, makeTemporaryDataDir, openHarnessApp } from './harness/app-harness';
import { EditorPage } from './pages/editor-page';

const opened: HarnessApp[] = [];

async function open(dataDir?: string): Promise<{ app: HarnessApp; editor: EditorPage }> {
  const app = await openHarnessApp(dataDir ? { dataDir } : {});
  opened.push(app);
  return { app, editor: new EditorPage(app.page) };
}

afterEach(async () => {
  for (const app of opened.splice(0)) await app.close();
});

afterAll(closeHarnessBrowser);

const section = (kind: string, title: string, guidance: string) => ({
  type: 'section',
  attrs: { kind, guidance },
  content: [{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: title }] }, { type: 'paragraph' }],
});

const situationUpdate = {
  metadata: { title: 'Drone strikes on Odesa', datelinePlace: 'ODESA', timeZone: 'Europe/Kyiv' },
  content: {
    type: 'doc' as const,
    content: [
      section('what-happened', 'What happened', 'The sequence of events.'),
      section('affected-areas', 'Affected areas', 'Each place that was hit.'),
      section('sources', 'Sources', 'Every source used.'),
    ],
  },
};

describe('the briefing editor', () => {
  it('types into sections, inserts a section and a figure from the / menu, and keeps it all after a reload', async () => {
    const dataDir = await makeTemporaryDataDir();
    const { app, editor } = await open(dataDir);
    const briefing = await editor.createBriefing(situationUpdate);
    await editor.open(briefing.id);
    const { page } = app;

    await editor.sectionPrompt('The sequence of events').click();
    await page.keyboard.type('Forty-two drones struck the port overnight.');
    await editor.sectionPrompt('Each place that was hit').click();
    await page.keyboard.type('Odesa: civilian buildings damaged, power outages.');

    await page.keyboard.press('Enter');
    await page.keyboard.type('/');
    await editor.insertMenu.waitFor();
    await page.keyboard.type('diplomacy');
    await editor.menuOption(/Diplomacy and talks/).click();
    await editor.sectionPrompt('The state of negotiations').waitFor();
    await page.keyboard.type('Talks resume in Istanbul on Friday.');

    await page.keyboard.press('Enter');
    await page.keyboard.type('/');
    await page.keyboard.type('figure');
    await page.keyboard.press('Enter');
    await editor.body.locator('figure .figure-placeholder', { hasText: 'No image yet' }).waitFor();
    await page.keyboard.type('The damaged port terminal.');
    await page.getByLabel(/^Alt text/).fill('A port building with its roof torn open');

    await editor.outline.getByRole('button', { name: 'Diplomacy and talks', exact: true }).waitFor();
    expect(await editor.outlineEntries()).toEqual([
      'What happened',
      'Affected areas',
      'Diplomacy and talks',
      'Sources',
    ]);
    await page.waitForFunction(() =>
      /^\d+ words/.test(document.querySelector('[data-testid="word-count"]')?.textContent ?? ''),
    );
    expect(await editor.wordCount.textContent()).toMatch(/^2\d words · 1 min read$/);

    await editor.body.click();
    await page.keyboard.press('Control+f');
    await editor.findPanel.waitFor();
    await page.keyboard.type('drones');
    await editor.findPanel.getByText('1 match').waitFor();
    await editor.findPanel.getByLabel('Replace with').fill('Shahed drones');
    await editor.findPanel.getByRole('button', { name: 'Replace all' }).click();
    await editor.findPanel.getByRole('button', { name: 'Close' }).click();

    await editor.waitUntilSaved();
    await app.close();
    opened.splice(opened.indexOf(app), 1);

    const reopened = await open(dataDir);
    await reopened.editor.open(briefing.id);
    const text = await reopened.editor.body.innerText();
    expect(text).toContain('Forty-two Shahed drones struck the port overnight.');
    expect(text).toContain('Odesa: civilian buildings damaged, power outages.');
    expect(text).toContain('Talks resume in Istanbul on Friday.');
    expect(text).toContain('The damaged port terminal.');
    const stored = await reopened.editor.stored(briefing.id);
    const kinds = (stored.content.content ?? []).map((node) => node.attrs?.kind);
    expect(kinds).toEqual(['what-happened', 'affected-areas', 'diplomacy', 'sources']);
    expect(JSON.stringify(stored.content)).toContain('"alt":"A port building with its roof torn open"');
    expect(app.pageErrors).toEqual([]);
  });
});
