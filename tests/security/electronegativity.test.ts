import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const run = promisify(execFile);
const projectRoot = path.resolve(import.meta.dirname, '../..');

it('electronegativity finds nothing of high severity in the Electron code', async () => {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-eneg-'));
  try {
    const report = path.join(folder, 'report.csv');
    await run(process.execPath, ['scripts/run-electronegativity.ts', '-i', 'electron', '-e', '45.5.0', '-o', report], {
      cwd: projectRoot,
      timeout: 120_000,
    });
    const rows = (await readFile(report, 'utf8')).trim().split('\n').slice(1);
    const severities = rows.map((row) => row.split(',')[1]?.replaceAll('"', ''));
    expect(rows.length, 'the scanner produced findings to read').toBeGreaterThan(0);
    expect(severities.filter((severity) => severity === 'HIGH' || severity === 'CRITICAL')).toEqual([]);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}, 150_000);
