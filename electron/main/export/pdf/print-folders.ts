import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** Temporary folders of the printers: the Electron printer's HTML files, the command line's Chromium profile. */
export const printFolderPrefixes = ['briefdesk-print-', 'briefdesk-chromium-'] as const;

export type PrintFolderPrefix = (typeof printFolderPrefixes)[number];

// Folders from versions that did not name their process are removed once they are clearly abandoned.
const unnamedFolderAgeMs = 60 * 60 * 1000;

/** A private temporary folder named after this process, so that a later start can tell it was abandoned. */
export function createPrintFolder(prefix: PrintFolderPrefix, root = os.tmpdir()): Promise<string> {
  return mkdtemp(path.join(root, `${prefix}${process.pid}-`));
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes print folders whose process has gone (a crash mid-export); returns the folders removed. */
export async function removeAbandonedPrintFolders(root = os.tmpdir(), now = Date.now()): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
  const removed: string[] = [];
  for (const entry of entries) {
    const prefix = printFolderPrefixes.find((candidate) => entry.name.startsWith(candidate));
    if (!prefix || !entry.isDirectory()) continue;
    const folder = path.join(root, entry.name);
    const pid = /^(\d+)-/.exec(entry.name.slice(prefix.length))?.[1];
    const abandoned = pid
      ? Number(pid) !== process.pid && !isRunning(Number(pid))
      : now - (await stat(folder).catch(() => ({ mtimeMs: now }))).mtimeMs > unnamedFolderAgeMs;
    if (!abandoned) continue;
    await rm(folder, { recursive: true, force: true }).catch(() => undefined);
    removed.push(folder);
  }
  return removed;
}
