import type { Locator, Page } from 'playwright-core';

/** The Export screen and its dialog, as a user sees them. */
export class ExportPage {
  readonly heading: Locator;
  readonly dialog: Locator;
  readonly destination: Locator;
  readonly exportButton: Locator;
  readonly result: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Export briefings' });
    this.dialog = page.getByRole('dialog');
    this.destination = this.dialog.getByLabel(/^Save (as|into folder)$/);
    this.exportButton = this.dialog.getByRole('button', { name: 'Export', exact: true });
    this.result = this.dialog.getByRole('status').filter({ hasText: /^Exported \d+ files?\.$/ });
    this.error = this.dialog.getByRole('alert');
  }

  briefing(title: string | RegExp): Locator {
    return this.page.getByRole('checkbox', { name: title });
  }

  openDialog(): Locator {
    return this.page.getByRole('button', { name: /^Export \d+ briefings?…$/ });
  }

  option(name: string | RegExp): Locator {
    return this.dialog.getByLabel(name, { exact: typeof name === 'string' });
  }
}
