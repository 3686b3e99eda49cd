import { describe, expect, it } from 'vitest';
import { editorSessions } from './harness/editor-sessions';

const { open } = editorSessions();

const withDetails = {
  metadata: {
    title: 'Strikes on the port',
    timeZone: 'Europe/Kyiv',
    authors: ['Dana Reyes'],
    reportNumber: 7,
    eventDate: '2026-11-30',
  },
  content: {
    type: 'doc' as const,
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Three ships were hit overnight.' }] }],
  },
};

/** A briefing with details, and the app on another screen, so a test can watch the editor's route open it. */
async function briefingWaitingOnTheSettingsScreen() {
  const { app, editor } = await open();
  const { page } = app;
  const briefing = await editor.createBriefing(withDetails);
  await page.evaluate(() => {
    window.location.hash = '#/settings';
  });
  await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
  return { page, editor, briefing };
}

describe('opening a briefing in the editor', () => {
  it('paints the header and the text in the same frame: no frame shows the header without the body', async () => {
    const { page, briefing } = await briefingWaitingOnTheSettingsScreen();
    // A slow machine: rendering the screen takes longer than React's time slice, so React yields to the browser
    // after it, and a frame can paint between the screen's commit and anything React runs later.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
    const bodyAtHeaderFrame = await page.evaluate(async (id) => {
      const painted = new Promise<number>((resolve) => {
        const observer = new MutationObserver(() => {
          if (!document.querySelector('.metadata-header')) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(document.querySelector('.briefing-body')?.childElementCount ?? 0));
        });
        observer.observe(document.body, { childList: true, subtree: true });
      });
      window.location.hash = `#/editor/${id}`;
      return painted;
    }, briefing.id);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    expect(bodyAtHeaderFrame).toBeGreaterThan(0);
  });

  it('has the caret in the text before its first frame, so that frame lays the body out once, focused', async () => {
    const { page, editor, briefing } = await briefingWaitingOnTheSettingsScreen();
    const focusWhenBuilt = await page.evaluate(async (id) => {
      const built = new Promise<{ focused: boolean; caretInBody: boolean }>((resolve) => {
        const observer = new MutationObserver(() => {
          const body = document.querySelector('.briefing-body');
          if (!body || body.childElementCount === 0) return;
          observer.disconnect();
          const anchor = window.getSelection()?.anchorNode;
          resolve({ focused: document.activeElement === body, caretInBody: !!anchor && body.contains(anchor) });
        });
        observer.observe(document.body, { childList: true, subtree: true });
      });
      window.location.hash = `#/editor/${id}`;
      return built;
    }, briefing.id);
    expect(focusWhenBuilt).toEqual({ focused: true, caretInBody: true });
    await page.keyboard.type('Overnight: ');
    expect(await editor.body.textContent()).toContain('Overnight: Three ships were hit overnight.');
  });

  it('builds the “More details” fields when the panel first opens, by click, showing the stored details', async () => {
    const { app, editor } = await open();
    const { page } = app;
    const briefing = await editor.createBriefing(withDetails);
    await editor.open(briefing.id);
    const details = page.locator('details.metadata-details');
    expect(await details.locator('input, select').count()).toBe(0);

    // The click builds the fields within its own task, before any frame can show the open panel empty.
    const fieldsAtFirstOpenFrame = await details.evaluate(async (element: HTMLDetailsElement) => {
      element.querySelector('summary')?.click();
      await Promise.resolve();
      return element.open ? element.querySelectorAll('input, select').length : -1;
    });
    expect(fieldsAtFirstOpenFrame).toBeGreaterThan(10);
    expect(await page.getByLabel('Authors (comma-separated)').inputValue()).toBe('Dana Reyes');
    expect(await page.getByLabel('Report number').inputValue()).toBe('7');
    expect(await page.getByLabel('Event date').inputValue()).toBe('2026-11-30');
  });

  it('builds them as well when the panel is opened from the keyboard', async () => {
    const { app, editor } = await open();
    const { page } = app;
    const briefing = await editor.createBriefing(withDetails);
    await editor.open(briefing.id);
    await page.locator('details.metadata-details summary').focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Report number').waitFor();
    expect(await page.getByLabel('Authors (comma-separated)').inputValue()).toBe('Dana Reyes');
  });

  it('shows the fields when the panel is opened another way than its summary', async () => {
    const { app, editor } = await open();
    const { page } = app;
    const briefing = await editor.createBriefing(withDetails);
    await editor.open(briefing.id);
    await page.locator('details.metadata-details').evaluate((element: HTMLDetailsElement) => {
      element.open = true;
    });
    await page.getByLabel('Report number').waitFor();
    expect(await page.getByLabel('Report number').inputValue()).toBe('7');
  });
});
