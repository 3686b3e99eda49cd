import type { Locator, Page } from 'playwright-core';

/** The Templates screen: the user's templates, saving a briefing as one, and the built-ins. */
export class TemplatesPage {
  readonly heading: Locator;
  readonly ownTemplates: Locator;
  readonly builtInTemplates: Locator;
  readonly status: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Templates' });
    this.ownTemplates = page.getByRole('region', { name: 'Your templates' });
    this.builtInTemplates = page.getByRole('region', { name: 'Built-in templates' });
    this.status = page.locator('.screen > [role="status"]');
    this.dialog = page.getByRole('dialog');
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Templates' }).click();
    await this.heading.waitFor();
  }

  ownTemplate(name: string): Locator {
    return this.ownTemplates
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { name, exact: true }) });
  }
}
