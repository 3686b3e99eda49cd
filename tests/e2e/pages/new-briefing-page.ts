import type { Locator, Page } from 'playwright-core';

/** The New briefing screen: a radio group of templates, a title field and a create button. */
export class NewBriefingPage {
  readonly heading: Locator;
  readonly title: Locator;
  readonly create: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'New briefing' });
    this.title = page.getByRole('textbox', { name: 'Title' });
    this.create = page.getByRole('button', { name: 'Create briefing' });
    this.error = page.getByRole('alert');
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'New briefing' }).click();
    await this.heading.waitFor();
  }

  /** A template's radio button; the user's own carry a "Yours" badge in their name. */
  template(name: string): Locator {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.page.getByRole('radio', { name: new RegExp(`^${escaped}( Yours)?$`) });
  }

  /** Waits until the app shows the editor route and returns the briefing id from the hash. */
  async waitForEditorRoute(): Promise<string> {
    await this.page.waitForFunction(() => /^#\/editor\/[a-z0-9-]+$/.test(window.location.hash));
    return this.page.evaluate(() => window.location.hash.slice('#/editor/'.length));
  }
}
