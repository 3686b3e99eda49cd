import { EditorPage } from '../pages/editor-page';
import type { HarnessApp } from './app-harness';
import { harnessSessions } from './harness-sessions';

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

/** The browser-test fixture (`harnessSessions`) with an editor page object for each app. */
export function editorSessions(): EditorSessions {
  const sessions = harnessSessions();
  return {
    async open(dataDir) {
      const app = await sessions.open(dataDir ? { dataDir } : {});
      return { app, editor: new EditorPage(app.page) };
    },
    temporaryDataDir: () => sessions.temporaryDataDir(),
  };
}

/** A new briefing of one empty "What happened" section, whose guidance prompt a test clicks to start typing. */
export const whatHappenedBriefing = (metadata: { title: string; timeZone: string; datelinePlace?: string }) => ({
  metadata,
  content: {
    type: 'doc' as const,
    content: [
      {
        type: 'section',
        attrs: { kind: 'what-happened', guidance: 'The sequence of events.' },
        content: [
          { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'What happened' }] },
          { type: 'paragraph' },
        ],
      },
    ],
  },
});
