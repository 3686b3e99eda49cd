import { describe, expect, it } from 'vitest';
import { editorSessions, whatHappenedBriefing } from './harness/editor-sessions';
import { ReviewPage } from './pages/review-page';

const { open } = editorSessions();

const portStrikes = () => {
  const briefing = whatHappenedBriefing({ title: 'Strikes on the port', timeZone: 'Europe/Kyiv' });
  const section = briefing.content.content[0] as { content: unknown[] };
  section.content[1] = {
    type: 'paragraph',
    content: [{ type: 'text', text: 'Drones hit the grain terminal overnight.' }],
  };
  return briefing;
};

describe('comments in the editor', () => {
  it('comments on selected text, replies as another reviewer, resolves, reopens, jumps to the text and deletes', async () => {
    const { app, editor } = await open();
    const { page } = app;
    await page.evaluate(() => window.briefdesk?.settings.update({ authorName: 'Dana Reyes' }));
    const briefing = await editor.createBriefing(portStrikes());
    await editor.open(briefing.id);
    const review = new ReviewPage(page);
    await page.getByText('Reviewing as Dana Reyes').waitFor();

    await editor.selectWord('terminal');
    await review.commentOnSelection('Which terminal? Name the operator.');
    const thread = review.thread('Which terminal?');
    await thread.getByText('Dana Reyes').waitFor();
    await expect.poll(() => editor.body.locator('.comment-anchor').textContent()).toBe('terminal');
    await editor.waitUntilSaved();
    let stored = await editor.stored(briefing.id);
    const [threadRecord] = stored.metadata.review.threads;
    expect(threadRecord).toMatchObject({
      anchorQuote: 'terminal',
      messages: [{ author: 'Dana Reyes', text: 'Which terminal? Name the operator.' }],
      resolved: null,
    });
    expect(Date.parse(threadRecord?.messages[0]?.at ?? '')).toBeGreaterThan(Date.now() - 60_000);
    expect(JSON.stringify(stored.content)).toContain(`"threadId":"${threadRecord?.id}"`);

    await review.reviewAs('Sam Editor');
    await thread.getByRole('textbox', { name: 'Reply to comment 1' }).fill('The Odesa port authority.');
    await thread.getByRole('button', { name: 'Reply' }).click();
    await thread.getByText('The Odesa port authority.').waitFor();
    await thread.getByRole('button', { name: 'Resolve' }).click();
    await editor.waitUntilSaved();
    stored = await editor.stored(briefing.id);
    expect(stored.metadata.review.threads[0]?.messages.map((message) => message.author)).toEqual([
      'Dana Reyes',
      'Sam Editor',
    ]);
    expect(stored.metadata.review.threads[0]?.resolved).toMatchObject({ by: 'Sam Editor' });
    await expect.poll(() => review.thread('Which terminal?').count()).toBe(0);

    await review.comments.getByLabel(/Show resolved/).check();
    await review.thread('Which terminal?').getByRole('button', { name: 'Reopen' }).click();
    await editor.clickEndOf('Drones hit');
    await review.thread('Which terminal?').getByRole('button', { name: 'Go to “terminal”' }).click();
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('terminal');

    await review.thread('Which terminal?').getByRole('button', { name: 'Delete comment 1' }).click();
    await editor.waitUntilSaved();
    stored = await editor.stored(briefing.id);
    expect(stored.metadata.review.threads).toEqual([]);
    expect(JSON.stringify(stored.content)).not.toContain('threadId');
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});
