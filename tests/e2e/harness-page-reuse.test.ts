import { describe, expect, it } from 'vitest';
import { describeHarnessApp, harnessSessions } from './harness/harness-sessions';

const sessions = harnessSessions();

describe("the harness's page, kept from one app to the next", () => {
  it('loads the next app into the same page, which starts as a new one would', async () => {
    const first = await sessions.open();
    await first.page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    await first.page.evaluate(() => {
      window.localStorage.setItem('left-behind', 'local');
      window.sessionStorage.setItem('left-behind', 'session');
    });
    await first.page.setViewportSize({ width: 700, height: 500 });
    await first.page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const created = await first.page.evaluate(() =>
      window.briefdesk?.briefings.create({
        metadata: { title: 'Only in the first folder' },
        content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'First.' }] }] },
      }),
    );
    expect(created?.ok).toBe(true);
    await first.close();

    const second = await sessions.open();
    await second.page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    // The point of keeping it: no new page, no new renderer.
    expect(second.page).toBe(first.page);
    const state = await second.page.evaluate(() => ({
      local: window.localStorage.getItem('left-behind'),
      session: window.sessionStorage.getItem('left-behind'),
      print: window.matchMedia('print').matches,
      dark: window.matchMedia('(prefers-color-scheme: dark)').matches,
      reducedMotion: window.matchMedia('(prefers-reduced-motion: reduce)').matches,
      width: window.innerWidth,
      height: window.innerHeight,
    }));
    expect(state).toEqual({
      local: null,
      session: null,
      print: false,
      dark: false,
      reducedMotion: true,
      width: 1280,
      height: 720,
    });
    // Its IPC reaches the second app's services and folder only.
    const listed = await second.page.evaluate(() => window.briefdesk?.briefings.list());
    expect(listed?.ok && listed.value).toEqual([]);
    expect(second.invokedChannels).not.toContain('briefings.create');
    expect(second.pageErrors).toEqual([]);
  });

  it('starts a new page when asked to, as a new window would, with one kept', async () => {
    const first = await sessions.open();
    await first.close();
    const second = await sessions.open({ newPage: true });
    await second.page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    expect(second.page).not.toBe(first.page);
  });

  it('starts a new page when the test closed the old one', async () => {
    const first = await sessions.open();
    await first.page.close({ runBeforeUnload: false });
    await first.close();
    const second = await sessions.open();
    await second.page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    expect(second.page).not.toBe(first.page);
    expect(second.page.isClosed()).toBe(false);
  });
});

describe("the harness's report of a failed test", () => {
  it("says what the app's screen showed, what it last asked of main, and its page's errors", async () => {
    const app = await sessions.open();
    await app.page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    await app.page.evaluate(() => console.error('left for the report'));
    await expect.poll(() => app.pageErrors).toContain('left for the report');
    const report = await describeHarnessApp(app);
    expect(report).toContain(`The app over ${app.dataDir} when the test failed, at https://app.briefdesk.test/`);
    expect(report).toMatch(/\nScreen text:\n[\s\S]*Library/);
    expect(report).toMatch(/\nLast IPC calls: [^\n]*library\.search/);
    expect(report).toContain('Last page errors: left for the report');
  });

  it('reports a closed page rather than failing itself', async () => {
    const app = await sessions.open();
    await app.page.close({ runBeforeUnload: false });
    const report = await describeHarnessApp(app);
    expect(report).toContain('(closed page)');
    expect(report).toContain("(the page's text could not be read:");
  });

  it("does not read a page the test closed the app on, which may hold the next app's screen", async () => {
    const first = await sessions.open();
    await first.close();
    const second = await sessions.open();
    await second.page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    expect(second.page).toBe(first.page);
    const report = await describeHarnessApp(first);
    expect(report).toContain(`The app over ${first.dataDir} when the test failed, at (closed app):`);
    expect(report).toContain('(the test closed this app before it failed)');
    expect(report).not.toContain('Screen text:\nLibrary');
  });
});
