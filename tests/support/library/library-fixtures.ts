import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { BriefingContent } from '../../../electron/common/document/briefing-content';

/** A body of one paragraph per line of `text`. */
export function paragraphs(...lines: string[]): BriefingContent {
  return {
    type: 'doc',
    content: lines.map((line) => ({ type: 'paragraph', content: line ? [{ type: 'text', text: line }] : [] })),
  };
}

/** A fresh temporary data folder and a function removing it. */
export async function temporaryDataDir(
  prefix = 'briefdesk-library-',
): Promise<{ dataDir: string; remove: () => Promise<void> }> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), prefix));
  // Retries: a store's batched index and search writes may still be landing when a test ends.
  return { dataDir, remove: () => rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }) };
}

/** A fresh data folder for every test of the calling file, removed after it; read `folder.dataDir` inside a test. */
export function temporaryDataDirPerTest(prefix?: string): { readonly dataDir: string } {
  let current: { dataDir: string; remove: () => Promise<void> } | undefined;
  beforeEach(async () => {
    current = await temporaryDataDir(prefix);
  });
  afterEach(() => current?.remove());
  return {
    get dataDir() {
      if (!current) throw new Error('The temporary data folder exists only while a test runs.');
      return current.dataDir;
    },
  };
}
