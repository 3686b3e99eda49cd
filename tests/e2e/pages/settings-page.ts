import type { Locator, Page } from 'playwright-core';

/** The Settings screen as a user sees it: labelled fields, a save button, status and errors. */
export class SettingsPage {
  readonly heading: Locator;
  readonly authorName: Locator;
  readonly defaultDateline: Locator;
  readonly theme: Locator;
  readonly save: Locator;
  readonly status: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Settings' });
    this.authorName = page.getByLabel('Author name');
    this.defaultDateline = page.getByLabel('Default dateline');
    this.theme = page.getByLabel('Theme');
    this.save = page.getByRole('button', { name: 'Save settings' });
    this.status = page.getByRole('status').filter({ hasText: 'Settings saved.' });
    this.error = page.getByRole('alert');
  }

  /** Goes to the Settings screen through the main navigation (the app opens on the library). */
  async open(): Promise<this> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
    await this.heading.waitFor();
    return this;
  }

  pageSize(size: 'A4' | 'Letter'): Locator {
    return this.page.getByRole('radio', { name: size });
  }
}
