import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, utimes } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createPrintFolder, removeAbandonedPrintFolders } from './print-folders';

const roots: string[] = [];

afterEach(async () => {
  for (const root of roots.splice(0)) await rm(root, { recursive: true, force: true });
});

async function temporaryRoot(): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-print-folders-'));
  roots.push(root);
  return root;
}

/** The pid of a process that has exited, like an app that crashed mid-export. */
function goneProcessId(): number {
  return spawnSync(process.execPath, ['-e', '']).pid as number;
}

describe('print folders', () => {
  it('names folders after this process and keeps them while it runs', async () => {
    const root = await temporaryRoot();
    const folder = await createPrintFolder('briefdesk-print-', root);
    expect(path.basename(folder)).toMatch(new RegExp(`^briefdesk-print-${process.pid}-`));
    expect(await removeAbandonedPrintFolders(root)).toEqual([]);
    expect(await readdir(root)).toEqual([path.basename(folder)]);
  });

  it('removes the folders of a process that has gone, and old unnamed ones, and nothing else', async () => {
    const root = await temporaryRoot();
    const gone = goneProcessId();
    const abandoned = [`briefdesk-print-${gone}-a1b2c3`, `briefdesk-chromium-${gone}-d4e5f6`, 'briefdesk-print-Xy12Zq'];
    const kept = [
      `briefdesk-print-${process.pid}-g7h8i9`,
      `briefdesk-print-${process.ppid}-j1k2l3`,
      'briefdesk-print-Fresh1',
      'other-folder',
    ];
    for (const name of [...abandoned, ...kept]) await mkdir(path.join(root, name));
    const hoursAgo = new Date(Date.now() - 3 * 60 * 60 * 1000);
    await utimes(path.join(root, 'briefdesk-print-Xy12Zq'), hoursAgo, hoursAgo);

    const removed = await removeAbandonedPrintFolders(root);
    expect(removed.map((folder) => path.basename(folder)).sort()).toEqual([...abandoned].sort());
    expect((await readdir(root)).sort()).toEqual([...kept].sort());
  });
});
