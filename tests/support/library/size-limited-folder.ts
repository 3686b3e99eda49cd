import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** True when this user may mount a small tmpfs (root, as in CI); says why not otherwise. */
export function canMountTmpfs(purpose: string): boolean {
  const probe = mkdtempSync(path.join(os.tmpdir(), 'briefdesk-mount-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe], { stdio: 'ignore' });
    return true;
  } catch {
    console.warn(`Skipping ${purpose}: this user cannot mount a tmpfs.`);
    return false;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

/** A fresh folder on its own tmpfs of `size` (e.g. "1m"), so it can really fill up or go read-only. */
export function mountSizeLimitedFolder(size: string): { folder: string; unmount: () => void } {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'briefdesk-tmpfs-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', folder]);
  return {
    folder,
    unmount: () => {
      execFileSync('umount', ['-l', folder]);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Writes a filler file until the folder's file system reports no space left; returns its path. */
export async function fillDisk(folder: string): Promise<string> {
  const filler = path.join(folder, 'filler.bin');
  const handle = await open(filler, 'w');
  const chunk = Buffer.alloc(16 * 1024, 7);
  try {
    for (;;) await handle.write(chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    await handle.close();
  }
  return filler;
}
