import { describe, expect, it } from 'vitest';
import { editorSessions, whatHappenedBriefing } from './harness/editor-sessions';
import { ReviewPage } from './pages/review-page';

const { open } = editorSessions();

/** The panel refreshes when the browser is idle, within about a second even on a busy machine. */
const patient = { timeout: 5000 };

const text = 'Drones hit the grain terminal overnight.';

const portStrikes = () => {
  const briefing = whatHappenedBriefing({ title: 'Strikes on the port', timeZone: 'Europe/Kyiv' });
  const section = briefing.content.content[0] as { content: unknown[] };
  section.content[1] = { type: 'paragraph', content: [{ type: 'text', text }] };
  return briefing;
};

describe('suggested edits in the editor', () => {
  it('records a suggestion with its author, shows it labelled, agrees across views, and accepts and rejects', async () => {
    const { app, editor } = await open();
    const { page } = app;
    await page.evaluate(() => window.briefdesk?.settings.update({ authorName: 'Sam Editor' }));
    const briefing = await editor.createBriefing(portStrikes());
    await editor.open(briefing.id);
    const review = new ReviewPage(page);
    await page.getByText('Reviewing as Sam Editor').waitFor();

    await review.suggestions.getByRole('button', { name: 'Suggesting: off' }).click();
    await review.suggestions.getByRole('button', { name: 'Suggesting: on' }).waitFor();
    await editor.selectWord('grain');
    await page.keyboard.type('wheat');
    await editor.selectWord('overnight');
    await page.keyboard.press('Backspace');

    // Inline: underlined and struck through, each behind a word.
    await expect
      .poll(() => editor.body.locator('ins.suggestion-insertion').allTextContents(), patient)
      .toEqual(['wheat']);
    await expect
      .poll(() => editor.body.locator('del.suggestion-deletion').allTextContents(), patient)
      .toEqual(['grain', 'overnight']);
    expect(await editor.body.locator('.suggestion-tag').allTextContents()).toEqual(['Deleted', 'Inserted', 'Deleted']);
    const items = review.suggestions.locator('li.suggestion-item');
    await expect
      .poll(() => items.allTextContents(), patient)
      .toEqual([
        expect.stringMatching(/^Replaced “grain” with “wheat”Sam Editor/),
        expect.stringMatching(/^Deleted “overnight”Sam Editor/),
      ]);
    await editor.waitUntilSaved();
    const stored = await editor.stored(briefing.id);
    expect(stored.metadata.review.suggestions).toEqual([
      { id: expect.stringMatching(/^s-/), author: 'Sam Editor', at: expect.any(String) },
      { id: expect.stringMatching(/^s-/), author: 'Sam Editor', at: expect.any(String) },
    ]);

    // Views: what a reader sees, compared with the body's text.
    const visibleText = () =>
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, without what the view hides, is the point
      editor.body.evaluate((body) => (body as HTMLElement).innerText.replace(/\s+/g, ' ').trim());
    await review.suggestions.getByLabel('Final').check();
    await expect.poll(visibleText, patient).toBe('What happened Drones hit the wheat terminal .');
    expect(await editor.body.getAttribute('contenteditable')).toBe('false');
    await review.suggestions.getByLabel('Original').check();
    await expect.poll(visibleText, patient).toBe(`What happened ${text}`);
    await review.suggestions.getByLabel('Markup').check();
    expect(await editor.body.getAttribute('contenteditable')).toBe('true');

    await review.suggestions.getByRole('button', { name: 'Accept suggestion 1' }).click();
    await expect.poll(() => items.allTextContents(), patient).toEqual([expect.stringMatching(/^Deleted “overnight”/)]);
    await review.suggestions.getByRole('button', { name: 'Reject suggestion 1' }).click();
    await expect.poll(() => items.count(), patient).toBe(0);
    await editor.waitUntilSaved();
    const settled = await editor.stored(briefing.id);
    expect(settled.metadata.review.suggestions).toEqual([]);
    expect(JSON.stringify(settled.content)).toContain('Drones hit the wheat terminal overnight.');
    expect(JSON.stringify(settled.content)).not.toMatch(/insertion|deletion/);
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('accepts all and rejects all', async () => {
    const { app, editor } = await open();
    const { page } = app;
    await page.evaluate(() => window.briefdesk?.settings.update({ authorName: 'Sam Editor' }));
    const briefing = await editor.createBriefing(portStrikes());
    await editor.open(briefing.id);
    const review = new ReviewPage(page);
    await review.suggestions.getByRole('button', { name: 'Suggesting: off' }).click();
    await review.suggestions.getByRole('button', { name: 'Suggesting: on' }).waitFor();
    await editor.selectWord('grain');
    await page.keyboard.press('Backspace');
    await editor.selectWord('overnight');
    await page.keyboard.press('Backspace');
    await expect.poll(() => review.suggestions.locator('li.suggestion-item').count(), patient).toBe(2);
    await review.suggestions.getByRole('button', { name: 'Reject all' }).click();
    await expect.poll(() => editor.body.locator('del').count(), patient).toBe(0);
    expect(await editor.body.textContent()).toContain(text);

    await editor.selectWord('grain');
    await page.keyboard.press('Backspace');
    await review.suggestions.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => editor.body.textContent(), patient).toContain('Drones hit the terminal overnight.');
    // The records follow the body a moment after it changes, and are saved with the next autosave.
    await expect.poll(async () => (await editor.stored(briefing.id)).metadata.review.suggestions, patient).toEqual([]);
  });
});
