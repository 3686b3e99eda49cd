import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppNotice } from '../../common/app-info';
import { CorruptFileError } from './corrupt-file-error';
import { quarantineFile, quarantineWithNotice } from './quarantine-file';

let dataDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-quarantine-'));
  await mkdir(path.join(dataDir, 'library'));
});

afterEach(() => rm(dataDir, { recursive: true, force: true }));

describe('quarantineFile', () => {
  it('moves the file, bytes unchanged, into quarantine/ under a time-stamped name safe on every file system', async () => {
    const damaged = path.join(dataDir, 'library', 'index.json');
    await writeFile(damaged, '{"half');
    const movedTo = await quarantineFile(dataDir, damaged);
    expect(path.dirname(movedTo)).toBe(path.join(dataDir, 'quarantine'));
    expect(path.basename(movedTo)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z-index\.json$/);
    expect(await readFile(movedTo, 'utf8')).toBe('{"half');
    expect(await readdir(path.join(dataDir, 'library'))).toEqual([]);
  });

  it('tells the user where the file went, in the sentence given', async () => {
    const damaged = path.join(dataDir, 'library', 'settings.json');
    await writeFile(damaged, 'x');
    const notices: AppNotice[] = [];
    const movedTo = await quarantineWithNotice(dataDir, damaged, notices, (to) => `Set aside: ${to}.`);
    expect(notices).toEqual([{ level: 'warning', message: `Set aside: ${movedTo}.` }]);
  });
});

describe('CorruptFileError', () => {
  it('names the file and the reason, and keeps the cause', () => {
    const cause = new SyntaxError('Unexpected end');
    const error = new CorruptFileError('/data/library/index.json', 'it is not valid JSON', { cause });
    expect(error.message).toBe('/data/library/index.json is damaged: it is not valid JSON');
    expect(error.name).toBe('CorruptFileError');
    expect(error.filePath).toBe('/data/library/index.json');
    expect(error.cause).toBe(cause);
  });
});
