import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BriefingStore } from '../../electron/main/library/briefing-store';

const run = promisify(execFile);
const projectRoot = path.resolve(import.meta.dirname, '../..');
const binary = path.join(projectRoot, 'bin', 'briefdesk.js');
const fixtures = path.join(projectRoot, 'tests', 'fixtures', 'import');
let dataDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-bin-import-'));
});

afterEach(() => rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }));

describe('briefdesk import (the built binary)', () => {
  it('prints one id per imported file on stdout and the notices on stderr', async () => {
    const { stdout, stderr } = await run(
      process.execPath,
      [binary, 'import', 'war-update-scraped.html', 'report-with-tables.md', '--data-dir', dataDir],
      { cwd: fixtures },
    );
    const ids = stdout.trim().split('\n');
    expect(ids).toHaveLength(2);
    expect(stderr).toContain('war-update-scraped.html: left out 7 pieces of site clutter');
    expect(stderr).toContain('report-with-tables.md: An image is on the web');
    const store = await BriefingStore.open(dataDir, []);
    const war = await store.get(ids[0] ?? '');
    expect(war.metadata).toMatchObject({ datelinePlace: 'KYIV', eventDate: '2026-11-25' });
    expect(
      (war.content.content ?? []).filter((node) => node.type === 'section').map((node) => node.attrs?.kind),
    ).toEqual(['custom', 'affected-areas', 'response', 'diplomacy', 'whats-next']);
  });

  it('refuses a binary file with a sentence and exit code 1, printing no id', async () => {
    const failure = await run(process.execPath, [
      binary,
      'import',
      path.join(projectRoot, 'resources', 'icons', 'icon.png'),
      '--data-dir',
      dataDir,
    ]).catch((error: { code: number; stdout: string; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1, stdout: '' });
    expect((failure as { stderr: string }).stderr).toContain('is not a file Briefdesk can import');
  });
});
