import type { Locator, Page } from 'playwright-core';
import type { Briefing } from '../../../electron/common/briefing/briefing';
import type { NewBriefing } from '../../../electron/common/briefing/briefing-requests';

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
    await this.settle();
  }

  /** Selects `word` in the body by double-clicking it, as a user would. */
  async selectWord(word: string): Promise<void> {
    const box = await this.body.evaluate((body, needle) => {
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode;
        const index = node.textContent?.indexOf(needle) ?? -1;
        if (index === -1) continue;
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + needle.length);
        const rect = range.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return undefined;
    }, word);
    if (!box) throw new Error(`The body has no “${word}”.`);
    await this.page.mouse.dblclick(box.x, box.y);
    await this.page.waitForFunction((needle) => window.getSelection()?.toString().trim() === needle, word);
    await this.settle();
  }

  /** Lets ProseMirror read the selection change (it arrives as a separate task) and paint. */
  async settle(): Promise<void> {
    await this.page.evaluate(
      () =>
        new Promise<void>((resolve) =>
          requestAnimationFrame(() => setTimeout(() => requestAnimationFrame(() => resolve()), 50)),
        ),
    );
  }

  /** The empty paragraph right under a section's heading (where the guidance shows). */
  sectionPrompt(guidanceStart: string): Locator {
    return this.body.locator(`p.is-empty[data-placeholder^="${guidanceStart}"]`);
  }

  /** The outline's entries, in order. */
  outlineEntries(): Promise<string[]> {
    return this.outline.locator('.outline-jump').allInnerTexts();
  }

  /** Clicks into the empty paragraph under a section's heading and waits until the editor has the caret there. */
  async clickPrompt(guidanceStart: string): Promise<void> {
    await this.sectionPrompt(guidanceStart).click();
    await this.settle();
  }

  menuOption(name: string | RegExp): Locator {
    return this.insertMenu.getByRole('option', { name });
  }

  /** Pastes HTML into the body as the system clipboard would. */
  async pasteHtml(html: string): Promise<void> {
    await this.body.evaluate((element, markup) => {
      const data = new DataTransfer();
      data.setData('text/html', markup);
      data.setData('text/plain', markup.replace(/<[^>]+>/g, ''));
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, html);
  }

  /** Runs axe-core in the page and returns the ids of serious and critical violations. */
  async seriousAccessibilityViolations(axeSource: string): Promise<string[]> {
    await this.page.evaluate(axeSource);
    return this.page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };
        }
      ).axe;
      const result = await axe.run();
      return result.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    });
  }

  toolbarButton(name: string): Locator {
    return this.toolbar.getByRole('button', { name, exact: true });
  }
}
