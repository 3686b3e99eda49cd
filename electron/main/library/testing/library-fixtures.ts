import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BriefingContent } from '../../../common/document/briefing-content';

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
