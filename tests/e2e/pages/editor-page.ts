import type { Locator, Page } from 'playwright-core';
import type { Briefing } from '../../../electron/common/briefing/briefing';
import type { NewBriefing } from '../../../electron/main/library/briefing-store';

/** The editor screen as a user sees it: header fields, toolbar, body, outline, save state. */
export class EditorPage {
  readonly body: Locator;
  readonly title: Locator;
  readonly saveStatus: Locator;
  readonly wordCount: Locator;
  readonly outline: Locator;
  readonly toolbar: Locator;
  readonly insertMenu: Locator;
  readonly findPanel: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.body = page.getByRole('textbox', { name: 'Briefing text' });
    this.title = page.getByLabel('Title', { exact: true });
    this.saveStatus = page.getByTestId('save-status');
    this.wordCount = page.getByTestId('word-count');
    this.outline = page.getByRole('navigation', { name: 'Outline' });
    this.toolbar = page.getByRole('toolbar', { name: 'Formatting' });
    this.insertMenu = page.getByRole('dialog', { name: 'Insert a section or block' });
    this.findPanel = page.getByRole('search', { name: 'Find and replace' });
    this.status = page.getByTestId('briefing-status');
  }

  /** Creates a briefing through the app's own API, as the library or templates screen would. */
  async createBriefing(request: NewBriefing = {}): Promise<Briefing> {
    const result = await this.page.evaluate((input) => window.briefdesk?.briefings.create(input as never), request);
    if (!result?.ok) throw new Error(`Could not create a briefing: ${JSON.stringify(result)}`);
    return result.value;
  }

  /** Opens a briefing through the route hash and waits until its body is editable. */
  async open(id: string): Promise<void> {
    await this.page.evaluate((hash) => {
      window.location.hash = hash;
    }, `#/editor/${id}`);
    await this.body.waitFor();
  }

  /** Reads the stored briefing through the app's API. */
  async stored(id: string): Promise<Briefing> {
    const result = await this.page.evaluate((briefingId) => window.briefdesk?.briefings.get({ id: briefingId }), id);
    if (!result?.ok) throw new Error(`Could not read the briefing: ${JSON.stringify(result)}`);
    return result.value;
  }

  /** Waits until the save indicator says everything is saved. */
  async waitUntilSaved(): Promise<void> {
    await this.page.waitForFunction(() => {
      const text = document.querySelector('[data-testid="save-status"]')?.textContent ?? '';
      return text.startsWith('Saved');
    });
  }

  /** Places the cursor at the end of the body's text block (heading, paragraph…) whose text is `text`. */
  async clickEndOf(text: string): Promise<void> {
    const block = this.body.locator('p, h2, h3, h4, li, figcaption').filter({ hasText: text }).first();
    await block.click();
    await this.page.keyboard.press('End');
  }

  /** The empty paragraph right under a section's heading (where the guidance shows). */
  sectionPrompt(guidanceStart: string): Locator {
    return this.body.locator(`p.is-empty[data-placeholder^="${guidanceStart}"]`);
  }

  /** The outline's entries, in order. */
  outlineEntries(): Promise<string[]> {
    return this.outline.locator('.outline-jump').allInnerTexts();
  }

  menuOption(name: string | RegExp): Locator {
    return this.insertMenu.getByRole('option', { name });
  }

  toolbarButton(name: string): Locator {
    return this.toolbar.getByRole('button', { name, exact: true });
  }
}
