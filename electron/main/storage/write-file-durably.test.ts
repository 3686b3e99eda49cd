import { readdirSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { temporaryFilePattern, writeFileDurably } from './write-file-durably';

/** Targets whose rename fails once, as it would on a failing disk. */
const failRenameOnto = new Set<string>();
/** What reached the disk, in order: `sync <path>` for each fsync, `rename <to>` for each rename. */
const diskEvents: string[] = [];

vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...original,
    rename: async (from: string, to: string) => {
      if (failRenameOnto.delete(to)) throw Object.assign(new Error(`EIO: rename ${from} -> ${to}`), { code: 'EIO' });
      await original.rename(from, to);
      diskEvents.push(`rename ${to}`);
    },
    open: async (...args: Parameters<typeof original.open>) => {
      const handle = await original.open(...args);
      const sync = handle.sync.bind(handle);
      handle.sync = async () => {
        await sync();
        diskEvents.push(`sync ${String(args[0])}`);
      };
      return handle;
    },
  };
});

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-durable-'));
});

afterEach(async () => {
  failRenameOnto.clear();
  diskEvents.length = 0;
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

  it('names its temporary file as the start-up check recognises a write a crash interrupted', async () => {
    const filePath = path.join(folder, 'brief.json');
    await writeFileDurably(filePath, 'new');
    const temporaryName = path.basename(diskEvents[0]?.replace(/^sync /, '') ?? '');
    expect(temporaryName).not.toBe('brief.json');
    expect(temporaryFilePattern.test(temporaryName)).toBe(true);
    expect(temporaryFilePattern.test('brief.json')).toBe(false);
  });

  it('keeps the old content and cleans up when the rename fails', async () => {
    const filePath = path.join(folder, 'brief.json');
    await writeFile(filePath, 'old');
    failRenameOnto.add(filePath);
    await expect(writeFileDurably(filePath, 'new')).rejects.toMatchObject({ code: 'EIO' });
    expect(await readdir(folder)).toEqual(['brief.json']);
    expect(await readFile(filePath, 'utf8')).toBe('old');
  });

  it('keeps the old content when writing the new content fails', async () => {
    const filePath = path.join(folder, 'brief.json');
    await writeFile(filePath, 'old');
    await expect(writeFileDurably(filePath, 42 as unknown as string)).rejects.toMatchObject({
      code: 'ERR_INVALID_ARG_TYPE',
    });
    expect(await readdir(folder)).toEqual(['brief.json']);
    expect(await readFile(filePath, 'utf8')).toBe('old');
  });

  it.skipIf(process.platform === 'win32')(
    'syncs the new content before the rename and the folder after it',
    async () => {
      const filePath = path.join(folder, 'brief.json');
      await writeFileDurably(filePath, 'new');
      expect(diskEvents).toEqual([
        expect.stringMatching(new RegExp(`^sync ${folder}/\\.brief\\.json\\.[0-9a-f]{12}\\.tmp$`)),
        `rename ${filePath}`,
        `sync ${folder}`,
      ]);
    },
  );

  it('resolves to the modification time and size the new file has', async () => {
    const filePath = path.join(folder, 'brief.json');
    await writeFile(filePath, 'old');
    const written = await writeFileDurably(filePath, 'newer content');
    const { mtimeMs, size } = await stat(filePath);
    expect(written).toEqual({ mtimeMs, size });
  });

  it.skipIf(process.platform === 'win32')(
    "runs the caller's work once the new content is written and its sync asked for, before the rename",
    async () => {
      const filePath = path.join(folder, 'brief.json');
      await writeFile(filePath, 'old');
      const seen: string[] = [];
      await writeFileDurably(filePath, 'new', () => {
        diskEvents.push('work');
        seen.push(
          readFileSync(filePath, 'utf8'),
          ...readdirSync(folder)
            .filter((name) => temporaryFilePattern.test(name))
            .map((name) => readFileSync(path.join(folder, name), 'utf8')),
        );
      });
      expect(seen).toEqual(['old', 'new']);
      expect(diskEvents).toEqual([
        'work',
        expect.stringMatching(/^sync .*\.tmp$/),
        `rename ${filePath}`,
        `sync ${folder}`,
      ]);
      expect(await readFile(filePath, 'utf8')).toBe('new');
    },
  );

  it("keeps the old content and cleans up when the caller's work throws", async () => {
    const filePath = path.join(folder, 'brief.json');
    await writeFile(filePath, 'old');
    await expect(
      writeFileDurably(filePath, 'new', () => {
        throw new Error('derivation failed');
      }),
    ).rejects.toThrow('derivation failed');
    expect(await readdir(folder)).toEqual(['brief.json']);
    expect(await readFile(filePath, 'utf8')).toBe('old');
  });

  it('writes binary data unchanged', async () => {
    const filePath = path.join(folder, 'image.bin');
    const bytes = new Uint8Array([0, 255, 10, 13, 128]);
    await writeFileDurably(filePath, bytes);
    expect(new Uint8Array(await readFile(filePath))).toEqual(bytes);
  });
});
