import { describe, expect, it } from 'vitest';
import { harnessSessions } from './harness/harness-sessions';
import { seriousAxeViolations } from './harness/serious-axe-violations';
import { NewBriefingPage } from './pages/new-briefing-page';

const sessions = harnessSessions();

/** A 1280×800 window less its title bar and menu bar. */
const windowContent = { width: 1280, height: 740 };

describe('the New briefing screen in a 1280×800 window', () => {
  it('shows the title field and the Create button without scrolling, and a too-long title beside the field', async () => {
    const app = await sessions.open();
    await app.page.setViewportSize(windowContent);
    const screen = new NewBriefingPage(app.page);
    await screen.open();
    const inView = async (element: typeof screen.title) => {
      const box = await element.boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= windowContent.height && box.x + box.width <= 1280;
    };
    expect(await app.page.evaluate(() => document.scrollingElement?.scrollTop ?? 0)).toBe(0);
    expect(await inView(screen.title)).toBe(true);
    expect(await inView(screen.create)).toBe(true);

    await screen.title.fill('x'.repeat(301));
    const error = app.page.getByRole('alert').filter({ hasText: 'The title can be at most 300 characters.' });
    await error.waitFor();
    expect(await inView(error)).toBe(true);
    const field = await screen.title.boundingBox();
    const message = await error.boundingBox();
    // Beside the field: right under it, not somewhere further down the page.
    expect((message?.y ?? 0) - ((field?.y ?? 0) + (field?.height ?? 0))).toBeLessThan(40);
    expect(await screen.title.getAttribute('aria-invalid')).toBe('true');
    expect(await seriousAxeViolations(app.page)).toEqual([]);
    await screen.create.click();
    expect(await app.page.evaluate(() => window.location.hash)).toBe('#/new-briefing');
    await screen.title.fill('x'.repeat(300));
    await error.waitFor({ state: 'detached' });
    expect(app.pageErrors).toEqual([]);
  });
});
