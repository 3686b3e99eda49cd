import { rm } from 'node:fs/promises';
import { afterAll, afterEach } from 'vitest';
import { EditorPage } from '../pages/editor-page';
import { closeHarnessBrowser, type HarnessApp, makeTemporaryDataDir, openHarnessApp } from './app-harness';

export interface EditorSession {
  app: HarnessApp;
  editor: EditorPage;
}

export interface EditorSessions {
  /** Starts the app (over `dataDir` when given) with an editor page object. */
  open(dataDir?: string): Promise<EditorSession>;
  /** A data folder that outlives a closed app, for reopening; removed after the test. */
  temporaryDataDir(): Promise<string>;
}

/**
 * For a test file about the editor: every app opened is closed after each test
 * (closing one early is fine), its temporary data folders removed, the browser
 * closed after the file.
 */
export function editorSessions(): EditorSessions {
  const opened: HarnessApp[] = [];
  const dataDirs: string[] = [];
  afterEach(async () => {
    for (const app of opened.splice(0)) await app.close();
    for (const dataDir of dataDirs.splice(0)) await rm(dataDir, { recursive: true, force: true, maxRetries: 10 });
  });
  afterAll(closeHarnessBrowser);
  return {
    async open(dataDir) {
      const app = await openHarnessApp(dataDir ? { dataDir } : {});
      opened.push(app);
      return { app, editor: new EditorPage(app.page) };
    },
    async temporaryDataDir() {
      const dataDir = await makeTemporaryDataDir();
      dataDirs.push(dataDir);
      return dataDir;
    },
  };
}
