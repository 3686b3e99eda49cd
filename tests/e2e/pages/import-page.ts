import type { Locator, Page } from 'playwright-core';

/** The Import screen as a user sees it: the paste box, the format choice, the check panel, the result with its clutter notice. */
export class ImportPage {
  readonly heading: Locator;
  readonly pasteBox: Locator;
  readonly readButton: Locator;
  readonly createButton: Locator;
  readonly checkHeading: Locator;
  readonly importAnyway: Locator;
  readonly droppedNotice: Locator;
  readonly undo: Locator;
  readonly restored: Locator;
  readonly error: Locator;
  readonly resultHeading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Import' });
    this.pasteBox = page.getByLabel('Paste an article');
    this.readButton = page.getByRole('button', { name: 'Read the article' });
    this.createButton = page.getByRole('button', { name: 'Create the briefing' });
    this.checkHeading = page.getByRole('heading', { level: 2, name: 'Check what was found' });
    this.importAnyway = page.getByRole('button', { name: 'Import it anyway' });
    this.droppedNotice = page.getByRole('status', { name: 'Dropped site clutter' });
    this.undo = page.getByRole('button', { name: 'Undo: keep the clutter' });
    this.restored = page.getByRole('status').filter({ hasText: 'Site clutter restored' });
    this.error = page.getByRole('alert');
    this.resultHeading = page.getByRole('heading', { level: 2, name: /^Imported/ });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Import' }).click();
    await this.heading.waitFor();
  }

  /** Reads the pasted text, then creates the briefing with what was found (as corrected). */
  async readAndCreate(): Promise<void> {
    await this.readButton.click();
    await this.checkHeading.waitFor();
    await this.createButton.click();
  }

  /** A field of the check panel: Title, Dateline, Date or Template. */
  checkField(name: 'Title' | 'Dateline' | 'Date' | 'Template'): Locator {
    return this.page.getByRole('region', { name: 'Check what was found' }).getByLabel(name, { exact: true });
  }

  format(name: 'Text' | 'HTML' | 'Markdown'): Locator {
    return this.page.getByRole('radio', { name: new RegExp(`^${name}`) });
  }

  /** Drops a file on the paste box, as a user dragging it from the file manager would. */
  async dropFile(name: string, content: string, type = 'text/plain'): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(
      ([fileName, fileContent, fileType]) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([fileContent], fileName, { type: fileType }));
        return transfer;
      },
      [name, content, type] as const,
    );
    await this.pasteBox.dispatchEvent('drop', { dataTransfer });
  }
}
