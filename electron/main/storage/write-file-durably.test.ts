import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileDurably } from './write-file-durably';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-durable-'));
});

afterEach(async () => {
  await chmod(folder, 0o700).catch(() => undefined);
  await rm(folder, { recursive: true, force: true });
});

describe('writeFileDurably', () => {
  it('replaces the file and leaves no temporary file behind', async () => {
    const filePath = path.join(folder, 'brief.json');
    await writeFile(filePath, 'old');
    await writeFileDurably(filePath, 'new');
    expect(await readFile(filePath, 'utf8')).toBe('new');
    expect(await readdir(folder)).toEqual(['brief.json']);
  });

  it('keeps the old content and cleans up when the rename fails', async () => {
    const filePath = path.join(folder, 'brief.json');
    await writeFile(filePath, 'old');
    const blocker = path.join(folder, 'blocked');
    await mkdir(path.join(blocker, 'child'), { recursive: true });
    await expect(writeFileDurably(blocker, 'new')).rejects.toMatchObject({
      code: expect.stringMatching(/EISDIR|ENOTEMPTY|EEXIST|EPERM/),
    });
    expect((await readdir(folder)).sort()).toEqual(['blocked', 'brief.json']);
    expect(await readFile(filePath, 'utf8')).toBe('old');
  });

  it('writes binary data unchanged', async () => {
    const filePath = path.join(folder, 'image.bin');
    const bytes = new Uint8Array([0, 255, 10, 13, 128]);
    await writeFileDurably(filePath, bytes);
    expect(new Uint8Array(await readFile(filePath))).toEqual(bytes);
  });
});
