import type { Locator, Page } from 'playwright-core';

/** The review side of the editor: "reviewing as", comment threads, suggested edits and their actions. */
export class ReviewPage {
  readonly comments: Locator;
  readonly suggestions: Locator;

  constructor(readonly page: Page) {
    this.comments = page.getByRole('region', { name: 'Comments' });
    this.suggestions = page.getByRole('region', { name: 'Suggested edits' });
  }

  /** Says who is reviewing in this session. */
  async reviewAs(name: string): Promise<void> {
    const change = this.page.getByRole('button', { name: 'Change', exact: true });
    if (await change.isVisible()) await change.click();
    await this.page.getByLabel('Reviewing as (for this session)').fill(name);
    await this.page.getByRole('button', { name: 'Use this name' }).click();
    await this.page.getByText(`Reviewing as ${name}`).waitFor();
  }

  /** Comments on the text selected in the body. */
  async commentOnSelection(text: string): Promise<void> {
    await this.comments.getByRole('button', { name: 'Comment on selection' }).click();
    await this.comments.getByRole('textbox', { name: /^Comment on “/ }).fill(text);
    await this.comments.getByRole('button', { name: 'Add comment' }).click();
  }

  /** The thread (a list item) whose anchor quote or messages contain `text`. */
  thread(text: string): Locator {
    return this.comments.locator('li.comment-thread').filter({ hasText: text });
  }
}
