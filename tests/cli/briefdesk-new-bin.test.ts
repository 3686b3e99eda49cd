import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BriefingStore } from '../../electron/main/library/briefing-store';

const run = promisify(execFile);
const binary = path.join(path.resolve(import.meta.dirname, '../..'), 'bin', 'briefdesk.js');
let dataDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-new-bin-'));
});

afterEach(() => rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }));

describe('the built binary creates briefings from templates', () => {
  it('prints exactly the new id on stdout, so a script can capture it', async () => {
    const { stdout } = await run(process.execPath, [
      binary,
      'new',
      '--template',
      'daily-brief',
      '--title',
      'Daily brief: Sahel',
      '--data-dir',
      dataDir,
    ]);
    expect(stdout).toMatch(/^[0-9a-f-]{36}\n$/);
    const briefing = await (await BriefingStore.open(dataDir, [])).get(stdout.trim());
    expect(briefing.metadata.title).toBe('Daily brief: Sahel');
    const { stdout: listed } = await run(process.execPath, [binary, 'templates', '--data-dir', dataDir]);
    expect(listed).toContain('daily-brief');
  });
});
