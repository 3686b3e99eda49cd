import { rm } from 'node:fs/promises';
import { afterAll, afterEach } from 'vitest';
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
  afterEach(async () => {
    for (const app of opened.splice(0)) await app.close();
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
