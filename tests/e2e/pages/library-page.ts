import type { Locator, Page } from 'playwright-core';

/** The Library screen as a user sees it. */
export class LibraryPage {
  readonly heading: Locator;
  readonly search: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly history: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Library' });
    this.search = page.getByLabel('Search briefings');
    this.table = page.getByRole('table', { name: 'Briefings' });
    this.rows = this.table.locator('tbody tr');
    this.history = page.getByRole('region', { name: 'History' });
    this.status = page.getByRole('status');
  }

  row(title: string): Locator {
    return this.rows.filter({ has: this.page.locator('.row-title', { hasText: title }) });
  }

  async titles(): Promise<string[]> {
    return this.rows.locator('.row-title').allInnerTexts();
  }

  filter(name: 'Status' | 'Tag' | 'Desk'): Locator {
    return this.page.getByLabel(name, { exact: true });
  }

  sortBy(column: string): Locator {
    return this.table.getByRole('button', { name: column });
  }

  action(name: 'Open' | 'Duplicate' | 'History' | 'Move to trash'): Locator {
    return this.page.getByRole('toolbar').getByRole('button', { name, exact: true });
  }
}
