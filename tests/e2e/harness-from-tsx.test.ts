import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');

describe('the browser-test harness', () => {
  it('exports from a plain tsx script, fonts included, without Vite', async () => {
    const { stdout } = await run(
      process.execPath,
      [
        path.join(root, 'node_modules/tsx/dist/cli.mjs'),
        path.join(root, 'tests/e2e/harness/export-through-harness.ts'),
      ],
      { cwd: root, timeout: 60_000 },
    );
    expect(JSON.parse(stdout.trim().split('\n').at(-1) ?? '')).toEqual({ files: 1, fontFaces: 7 });
  });
});
