import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const projectRoot = path.resolve(import.meta.dirname, '../..');

describe('the built briefdesk binary under plain Node', () => {
  it('prints its help and exits 0', async () => {
    const { stdout } = await run(process.execPath, [path.join(projectRoot, 'bin', 'briefdesk.js'), '--help']);
    expect(stdout).toMatch(/^Usage: briefdesk <command>/);
    expect(stdout).toContain('settings set KEY=VALUE');
  });

  it('runs a command against a data folder without loading Electron', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-bin-'));
    try {
      const { stdout } = await run(
        process.execPath,
        [path.join(projectRoot, 'bin', 'briefdesk.js'), 'info', '--json'],
        {
          env: { ...process.env, BRIEFDESK_DATA_DIR: dataDir },
        },
      );
      expect(JSON.parse(stdout)).toMatchObject({ name: 'Briefdesk', dataDir });
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('fails with a sentence, not a stack, on a bad option', async () => {
    const failure = await run(process.execPath, [
      path.join(projectRoot, 'bin', 'briefdesk.js'),
      'info',
      '--bogus',
    ]).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).not.toMatch(/\n\s+at /);
  });
});
