import { readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../electron/common/briefing/briefing';
import { canMountTmpfs, fillDisk, mountSizeLimitedFolder } from '../support/library/size-limited-folder';
import { editorSessions } from './harness/editor-sessions';
import type { EditorPage } from './pages/editor-page';

const { open, temporaryDataDir } = editorSessions();

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
    ],
  },
};

const paragraphs = (...texts: string[]) => ({
  type: 'doc' as const,
  content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

async function storedText(editor: EditorPage, id: string): Promise<string> {
  return JSON.stringify((await editor.stored(id)).content);
}

/** Opens a new briefing, saves another version through the API (another window), then types until the conflict shows. */
async function conflictAfterTyping(editor: EditorPage, typed: string) {
  const { page } = editor;
  const briefing = await editor.createBriefing(situationUpdate);
  await editor.open(briefing.id);
  const elsewhere = await page.evaluate((input) => window.briefdesk?.briefings.save(input as never), {
    id: briefing.id,
    revision: briefing.revision,
    metadata: briefing.metadata,
    content: paragraphs('Their version'),
  });
  expect(elsewhere?.ok).toBe(true);
  await editor.clickPrompt('The sequence of events');
  await page.keyboard.type(typed);
  const notice = page.getByRole('alert').filter({ hasText: 'This briefing was changed elsewhere' });
  await notice.waitFor();
  return { briefing, notice };
}

/** The one briefing in the library titled "… (conflict copy)". */
async function conflictCopy(editor: EditorPage): Promise<Briefing> {
  const listed = await editor.page.evaluate(() => window.briefdesk?.briefings.list());
  if (!listed?.ok) throw new Error('The library could not be listed.');
  const copies = listed.value.filter((row) => row.title.endsWith('(conflict copy)'));
  expect(copies.map((row) => row.title)).toEqual(['Drone strikes on Odesa (conflict copy)']);
  return editor.stored(copies[0]?.id ?? '');
}

describe('metadata, status and saving', () => {
  it('saves header fields and explicit status changes, with “as of” set in one click', async () => {
    const { app, editor } = await open();
    const { page } = app;
    const briefing = await editor.createBriefing(situationUpdate);
    await editor.open(briefing.id);

    await editor.title.fill('Russia launches 42 drone strikes on Odesa amid peace talks');
    await page.getByLabel('Dateline').fill('ODESA');
    await page.getByRole('button', { name: 'Now' }).click();
    await page.getByText('More details').click();
    await page.getByLabel('Authors (comma-separated)').fill('Dana Reyes, Amira Haddad');
    await page.getByLabel('Tags (comma-separated)').fill('ukraine, drones');
    await page.getByLabel('Classification').selectOption('custom');
    await page.getByLabel('Custom classification label').fill('Partners only');
    await page.getByLabel('Report number').fill('twelve');
    expect(await page.getByRole('alert').filter({ hasText: 'whole number' }).count()).toBe(1);
    await page.getByLabel('Report number').fill('12');
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByTestId('briefing-status').filter({ hasText: 'In review' }).waitFor();
    await editor.waitUntilSaved();

    const { metadata } = await editor.stored(briefing.id);
    expect(metadata).toMatchObject({
      title: 'Russia launches 42 drone strikes on Odesa amid peace talks',
      datelinePlace: 'ODESA',
      authors: ['Dana Reyes', 'Amira Haddad'],
      tags: ['ukraine', 'drones'],
      classification: { level: 'custom', customLabel: 'Partners only' },
      reportNumber: 12,
      status: 'in-review',
    });
    expect(metadata.asOf).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+0[23]:00\[Europe\/Kyiv\]$/);
    expect(Math.abs(Date.parse(metadata.asOf.replace(/\[.*\]$/, '')) - Date.now())).toBeLessThan(5 * 60_000);
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.getByTestId('briefing-status').filter({ hasText: 'Approved' }).waitFor();
    await editor.waitUntilSaved();
  });

  it('shows a conflict when the briefing was saved elsewhere; keeping mine keeps theirs as a conflict copy', async () => {
    const { app, editor } = await open();
    const { page } = app;
    const { briefing, notice } = await conflictAfterTyping(editor, 'My paragraph.');
    expect(await editor.saveStatus.textContent()).toMatch(/^Not saved: .*changed elsewhere/);
    expect(await editor.body.textContent()).toContain('My paragraph.');
    expect(await storedText(editor, briefing.id)).toContain('Their version');

    await notice.getByRole('button', { name: 'Keep my version' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'The other version is kept in the library as “Drone strikes on Odesa (conflict copy)”' })
      .waitFor();
    expect(await storedText(editor, briefing.id)).toContain('My paragraph.');
    const copy = await conflictCopy(editor);
    expect(JSON.stringify(copy.content)).toContain('Their version');
    expect(JSON.stringify(copy.content)).not.toContain('My paragraph.');

    // Editing goes on from the kept version without another conflict.
    await editor.clickEndOf('My paragraph.');
    await page.keyboard.type(' More.');
    await editor.waitUntilSaved();
    expect(await storedText(editor, briefing.id)).toContain('My paragraph. More.');
  });

  it('keeping the other version keeps mine as a conflict copy', async () => {
    const { app, editor } = await open();
    const { briefing, notice } = await conflictAfterTyping(editor, 'My paragraph.');
    await notice.getByRole('button', { name: 'Keep the other version' }).click();
    await app.page.getByRole('status').filter({ hasText: 'Your text is kept in the library as' }).waitFor();
    await editor.body.getByText('Their version').waitFor();
    expect(await storedText(editor, briefing.id)).not.toContain('My paragraph.');
    expect(JSON.stringify((await conflictCopy(editor)).content)).toContain('My paragraph.');
  });

  it('discarding mine is final: after closing and starting again the other version stays, with no recovered text', async () => {
    const dataDir = await temporaryDataDir();
    const first = await open(dataDir);
    const { briefing, notice } = await conflictAfterTyping(first.editor, 'Text I will discard.');
    await notice.getByRole('button', { name: 'Discard mine and open the other version' }).click();
    await first.app.page.getByRole('status').filter({ hasText: 'Your text was discarded' }).waitFor();
    await first.editor.body.getByText('Their version').waitFor();
    await first.app.close();

    const second = await open(dataDir);
    const info = await second.app.page.evaluate(() => window.briefdesk?.app.info());
    expect(info?.ok && info.value.notices).toEqual([]);
    await second.editor.open(briefing.id);
    await second.editor.body.getByText('Their version').waitFor();
    expect(await second.editor.body.textContent()).not.toContain('Text I will discard.');
    expect(await second.app.page.getByRole('region', { name: /^Unsaved text from/ }).count()).toBe(0);
    const stored = await second.editor.stored(briefing.id);
    expect(JSON.stringify(stored)).not.toContain('Text I will discard.');
    const titles = await second.editor.page.evaluate(async () => {
      const listed = await window.briefdesk?.briefings.list();
      return listed?.ok ? listed.value.map((row) => row.title) : [];
    });
    expect(titles).toEqual(['Drone strikes on Odesa']);
  });

  it('has labelled controls and no serious accessibility violations, with the find panel and / menu open', async () => {
    const { app, editor } = await open();
    const { page } = app;
    const briefing = await editor.createBriefing(situationUpdate);
    // The side panels mount after the text has painted; the button naming their column never points at nothing,
    // not even in the moment the text first shows.
    const namesAnElement = await page.evaluate(
      (hash) =>
        new Promise<boolean>((resolve) => {
          const observer = new MutationObserver(() => {
            if (!document.querySelector('[aria-label="Briefing text"]')) return;
            observer.disconnect();
            const button = [...document.querySelectorAll('button')].find((each) => each.textContent === 'Side panel');
            resolve(document.getElementById(button?.getAttribute('aria-controls') ?? '') !== null);
          });
          observer.observe(document.body, { childList: true, subtree: true, attributes: true });
          window.location.hash = hash;
        }),
      `#/editor/${briefing.id}`,
    );
    expect(namesAnElement).toBe(true);
    await editor.open(briefing.id);
    const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    expect(await editor.seriousAccessibilityViolations(axeSource)).toEqual([]);

    await editor.clickPrompt('The sequence of events');
    await page.keyboard.type('/');
    await editor.insertMenu.waitFor();
    await page.keyboard.press('ArrowDown');
    expect(await editor.seriousAccessibilityViolations(axeSource)).toEqual([]);
    await page.keyboard.press('Escape');
    await editor.insertMenu.waitFor({ state: 'detached' });

    await page.keyboard.press('Control+f');
    await editor.findPanel.waitFor();
    await page.keyboard.type('e');
    expect(await editor.seriousAccessibilityViolations(axeSource)).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});

describe('autosave', () => {
  it.skipIf(!canMountTmpfs('the full-disk editor test'))(
    'says the disk is full, keeps the text, and saves once space returns',
    async () => {
      const disk = mountSizeLimitedFolder('2m');
      try {
        const { app, editor } = await open(disk.folder);
        const briefing = await editor.createBriefing(situationUpdate);
        await editor.open(briefing.id);
        const filler = await fillDisk(disk.folder);

        await editor.clickPrompt('The sequence of events');
        await app.page.keyboard.type('Written while the disk was full.');
        await editor.saveStatus.filter({ hasText: /^Not saved: The disk is full/ }).waitFor();
        expect(await editor.body.textContent()).toContain('Written while the disk was full.');

        await rm(filler);
        await editor.saveStatus.getByRole('button', { name: 'Try again' }).click();
        await editor.waitUntilSaved();
        expect(await storedText(editor, briefing.id)).toContain('Written while the disk was full.');
        await app.close();
      } finally {
        disk.unmount();
      }
    },
  );

  it('saves at once when the user leaves the editor, without waiting for the pause', async () => {
    const { app, editor } = await open();
    const { page } = app;
    const briefing = await editor.createBriefing(situationUpdate);
    await editor.open(briefing.id);
    await editor.clickPrompt('Each place that was hit');
    await page.keyboard.type('Kherson: shelling overnight.');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    expect(await page.evaluate(() => window.location.hash)).toBe('#/settings');
    await expect.poll(() => storedText(editor, briefing.id)).toContain('Kherson: shelling overnight.');
  });
});
