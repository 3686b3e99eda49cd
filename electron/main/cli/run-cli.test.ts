import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCliCapturing } from '../../../tests/support/run-cli-capturing';

let dataDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-cli-'));
});

afterEach(() => rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }));

const run = (argv: string[], environment: Record<string, string> = {}) => runCliCapturing(argv, environment);

describe('briefdesk command line', () => {
  it('prints help listing every command, and the version', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['info', 'settings', '--data-dir', 'BRIEFDESK_DATA_DIR']) expect(help.out).toContain(command);
    expect(await run(['-v'])).toMatchObject({ code: 0, out: '9.9.9' });
  });

  it('prints help and fails without a command', async () => {
    expect(await run([])).toMatchObject({ code: 2 });
  });

  it('refuses unknown commands and options with a hint', async () => {
    expect(await run(['publish', '--data-dir', dataDir])).toMatchObject({
      code: 2,
      err: expect.stringContaining('Unknown command "publish"'),
    });
    expect(await run(['info', '--colour'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('briefdesk --help'),
    });
    // Each command takes only its own options: export's are no options of list.
    expect(await run(['list', '--combine', '--margins', 'wide', '--data-dir', dataDir])).toMatchObject({
      code: 2,
      err: expect.stringContaining("Unknown option '--combine'"),
    });
    expect(await run(['show', '--template', 'x', '--data-dir', dataDir])).toMatchObject({ code: 2 });
  });

  it('shows the data folder from --data-dir or BRIEFDESK_DATA_DIR', async () => {
    const byFlag = await run(['info', '--json', '--data-dir', dataDir]);
    expect(JSON.parse(byFlag.out)).toMatchObject({ version: '9.9.9', dataDir });
    const byEnvironment = await run(['info'], { BRIEFDESK_DATA_DIR: dataDir });
    expect(byEnvironment.out).toContain(`Data folder: ${dataDir}`);
  });

  it('sets settings through the same validation as the app, and shows them', async () => {
    const set = await run([
      'settings',
      'set',
      'authorName=Dana Reyes',
      'defaultPageSize=Letter',
      '--data-dir',
      dataDir,
    ]);
    expect(set.code).toBe(0);
    expect(set.out).toContain('authorName: Dana Reyes');
    expect(JSON.parse(await readFile(path.join(dataDir, 'settings.json'), 'utf8'))).toMatchObject({
      authorName: 'Dana Reyes',
      defaultPageSize: 'Letter',
    });
    const shown = await run(['settings', '--json', '--data-dir', dataDir]);
    expect(JSON.parse(shown.out)).toMatchObject({ authorName: 'Dana Reyes', theme: 'system' });
  });

  it('explains invalid settings and changes nothing', async () => {
    const bad = await run(['settings', 'set', 'defaultPageSize=A3', 'colour=red', '--data-dir', dataDir]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('defaultPageSize: The page size must be A4 or Letter.');
    expect(bad.err).toContain('colour');
    expect((await run(['settings', 'set', 'nonsense', '--data-dir', dataDir])).err).toBe(
      '"nonsense" is not KEY=VALUE.',
    );
    await expect(readFile(path.join(dataDir, 'settings.json'))).rejects.toThrow(/ENOENT/);
  });
});
