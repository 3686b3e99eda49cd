import { rm } from 'node:fs/promises';
import { afterAll, afterEach, type TestContext } from 'vitest';
import {
  closeHarnessBrowser,
  type HarnessApp,
  type HarnessOptions,
  makeTemporaryDataDir,
  openHarnessApp,
} from './app-harness';

export interface HarnessSessions {
  /** Starts the app over a fresh data folder, or over `options.dataDir`; closed after the test. */
  open(options?: HarnessOptions): Promise<HarnessApp>;
  /** A data folder that outlives a closed app, for reopening or preparing; removed after the test. */
  temporaryDataDir(): Promise<string>;
  /** Removes a data folder the test prepared itself after the test. */
  removeAfterTest(dataDir: string): string;
}

/**
 * The one fixture of every browser test file: each test gets its own data folder, every app it
 * opened is closed after it (closing one early is fine), its folders removed, and the browser
 * closed after the file.
 */
export function harnessSessions(): HarnessSessions {
  const opened: HarnessApp[] = [];
  const dataDirs: string[] = [];
  afterEach(async (context: TestContext) => {
    const apps = opened.splice(0);
    // A failed test's log shows what its screens said: a timed-out wait alone does not.
    if (context.task.result?.state === 'fail') {
      for (const app of apps) console.error(await describeHarnessApp(app));
    }
    for (const app of apps) await app.close();
    for (const dataDir of dataDirs.splice(0)) await rm(dataDir, { recursive: true, force: true, maxRetries: 10 });
  });
  afterAll(closeHarnessBrowser);
  return {
    async open(options = {}) {
      const app = await openHarnessApp(options);
      opened.push(app);
      return app;
    },
    async temporaryDataDir() {
      const dataDir = await makeTemporaryDataDir();
      dataDirs.push(dataDir);
      return dataDir;
    },
    removeAfterTest(dataDir) {
      dataDirs.push(dataDir);
      return dataDir;
    },
  };
}

/** Characters of a screen's text a failure report shows; enough for a dialog and its messages. */
const reportedTextLength = 3_000;
/** The last IPC channels, and the last page errors, a failure report lists. */
const reportedEntries = 12;

/**
 * What an app showed when its test failed: the page's address and visible text, its last IPC
 * calls and its last errors. Never throws: a closed or stuck page is reported as such.
 */
export async function describeHarnessApp(app: HarnessApp): Promise<string> {
  // A page the test closed the app on may hold the next app by now: its text would mislead.
  const text = app.closed
    ? '(the test closed this app before it failed)'
    : await app.page
        .locator('body')
        // biome-ignore lint/performance/useDomNodeTextContent: what the screen showed, without hidden text, is the point
        .innerText({ timeout: 2_000 })
        .catch((error: unknown) => `(the page's text could not be read: ${(error as Error).message.split('\n')[0]})`);
  const shownText = text.length > reportedTextLength ? `${text.slice(0, reportedTextLength)}…` : text;
  const address = app.closed ? '(closed app)' : app.page.isClosed() ? '(closed page)' : app.page.url();
  return [
    `The app over ${app.dataDir} when the test failed, at ${address}:`,
    `Last IPC calls: ${app.invokedChannels.slice(-reportedEntries).join(', ') || 'none'}`,
    `Last page errors: ${app.pageErrors.slice(-reportedEntries).join(' | ') || 'none'}`,
    'Screen text:',
    shownText,
  ].join('\n');
}
