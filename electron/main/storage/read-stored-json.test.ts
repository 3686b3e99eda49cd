import { mkdir, mkdtemp, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CorruptFileError } from './corrupt-file-error';
import { readStoredJson } from './read-stored-json';
import { StoredJsonFile } from './stored-json-file';
import type { StoredJsonFormat } from './stored-json-format';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-stored-json-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

const counterFormat: StoredJsonFormat<{ version: 2; count: number }> = {
  what: 'a counter',
  schema: z.strictObject({ version: z.literal(2), count: z.number().int().min(0) }),
  maxBytes: 200,
  migrate: (stored) =>
    typeof stored === 'object' && stored !== null && (stored as { version?: unknown }).version === 1
      ? { version: 2, count: (stored as { total: number }).total }
      : stored,
};

describe('readStoredJson', () => {
  it('reads null for a missing file, a checked value for a good one', async () => {
    const filePath = path.join(folder, 'counter.json');
    expect(await readStoredJson(filePath, counterFormat)).toBeNull();
    await writeFile(filePath, '{"version":2,"count":3}');
    expect(await readStoredJson(filePath, counterFormat)).toMatchObject({
      value: { version: 2, count: 3 },
      migrated: false,
    });
  });

  it('migrates an older shape before checking it', async () => {
    const filePath = path.join(folder, 'counter.json');
    await writeFile(filePath, '{"version":1,"total":7}');
    expect(await readStoredJson(filePath, counterFormat)).toMatchObject({
      value: { version: 2, count: 7 },
      migrated: true,
    });
  });

  it.each([
    ['not JSON', '{"version":2,', /not valid JSON/],
    ['a wrong type', '{"version":2,"count":"3"}', /format of a counter at count/],
    ['an unknown field', '{"version":2,"count":3,"extra":true}', /format of a counter/],
    ['a __proto__ key', '{"version":2,"count":3,"__proto__":{"polluted":true}}', /a key named __proto__/],
    ['a prototype key', '{"constructor":{"name":"x"},"version":2,"count":1}', /format of a counter/],
    [
      'a huge value',
      `{"version":2,"count":3,"padding":"${'x'.repeat(400)}"}`,
      /it is 1 KB, more than the 1 KB allowed for a counter/,
    ],
  ])('refuses %s with a CorruptFileError naming the file', async (_label, text, reason) => {
    const filePath = path.join(folder, 'counter.json');
    await writeFile(filePath, text);
    const read = readStoredJson(filePath, counterFormat);
    await expect(read).rejects.toBeInstanceOf(CorruptFileError);
    await expect(read).rejects.toMatchObject({ filePath, message: expect.stringMatching(reason) });
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('never reads through a symbolic link, even to a valid file', async () => {
    const outside = path.join(folder, 'outside.json');
    await writeFile(outside, '{"version":2,"count":1}');
    const filePath = path.join(folder, 'counter.json');
    await symlink(outside, filePath);
    const read = readStoredJson(filePath, counterFormat);
    await expect(read).rejects.toBeInstanceOf(CorruptFileError);
    await expect(read).rejects.toMatchObject({ filePath, message: expect.stringMatching(/symbolic link/) });
  });

  it('passes on, without calling the file damaged, a path it cannot open for another reason', async () => {
    await writeFile(path.join(folder, 'library'), 'a file where a folder should be');
    const read = readStoredJson(path.join(folder, 'library', 'index.json'), counterFormat);
    await expect(read).rejects.not.toBeInstanceOf(CorruptFileError);
    await expect(read).rejects.toMatchObject({ code: 'ENOTDIR' });
  });

  it('refuses a folder standing where the file should be', async () => {
    const filePath = path.join(folder, 'counter.json');
    await mkdir(filePath);
    const read = readStoredJson(filePath, counterFormat);
    await expect(read).rejects.toBeInstanceOf(CorruptFileError);
    await expect(read).rejects.toMatchObject({ filePath, message: expect.stringMatching(/not a regular file/) });
  });

  it('reads a file of exactly the allowed size, with its size and time', async () => {
    const filePath = path.join(folder, 'counter.json');
    const text = `{"version":2,"count":3}${' '.repeat(200 - 23)}`;
    await writeFile(filePath, text);
    const onDisk = await stat(filePath);
    expect(await readStoredJson(filePath, counterFormat)).toEqual({
      value: { version: 2, count: 3 },
      migrated: false,
      text,
      stat: { size: 200, mtimeMs: onDisk.mtimeMs },
    });
  });

  it('states sizes of a megabyte and more in MB', async () => {
    const filePath = path.join(folder, 'counter.json');
    await writeFile(filePath, ' '.repeat(3 * 1024 * 1024));
    const format = { ...counterFormat, maxBytes: 1024 * 1024 };
    await expect(readStoredJson(filePath, format)).rejects.toThrow(/it is 3\.0 MB, more than the 1\.0 MB allowed/);
  });

  it.skipIf(process.platform !== 'linux')('leaves no file open, whether it reads or refuses', async () => {
    const good = path.join(folder, 'good.json');
    const huge = path.join(folder, 'huge.json');
    await writeFile(good, '{"version":2,"count":3}');
    await writeFile(huge, ' '.repeat(500));
    const openFiles = async () => (await readdir('/proc/self/fd')).length;
    const before = await openFiles();
    for (let round = 0; round < 10; round += 1) {
      await readStoredJson(good, counterFormat);
      await readStoredJson(huge, counterFormat).catch(() => undefined);
    }
    expect(await openFiles()).toBe(before);
  });
});

describe('StoredJsonFile', () => {
  it('is a lowdb adapter whose reads are checked and whose writes are durable', async () => {
    const file = new StoredJsonFile(path.join(folder, 'counter.json'), counterFormat);
    await file.write({ version: 2, count: 4 });
    expect(await file.read()).toEqual({ version: 2, count: 4 });
    await writeFile(file.filePath, '{"version":2,"count":-1}');
    await expect(file.read()).rejects.toBeInstanceOf(CorruptFileError);
    expect(await readdir(folder)).toEqual(['counter.json']);
  });
});
