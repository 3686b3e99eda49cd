import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CorruptFileError } from './corrupt-file-error';
import { DurableJsonFile } from './durable-json-file';

/** Every file `writeFileDurably` was asked to write, in order. */
const writtenFiles: string[] = [];

vi.mock('./write-file-durably', async (importOriginal) => {
  const original = await importOriginal<typeof import('./write-file-durably')>();
  return {
    writeFileDurably: (filePath: string, data: string | Uint8Array) => {
      writtenFiles.push(filePath);
      return original.writeFileDurably(filePath, data);
    },
  };
});

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-json-'));
});

afterEach(() => rm(folder, { recursive: true, force: true }));

describe('DurableJsonFile', () => {
  it('reads null for a missing file and round-trips data', async () => {
    const file = new DurableJsonFile<{ words: string[] }>(path.join(folder, 'data.json'));
    expect(await file.read()).toBeNull();
    await file.write({ words: ['drone', 'strike'] });
    expect(await file.read()).toEqual({ words: ['drone', 'strike'] });
    expect(await readdir(folder)).toEqual(['data.json']);
  });

  it('writes indented JSON by default and compact JSON with indent 0, each ending in a newline', async () => {
    const pretty = new DurableJsonFile<{ words: string[] }>(path.join(folder, 'pretty.json'));
    await pretty.write({ words: ['a'] });
    expect(await readFile(pretty.filePath, 'utf8')).toBe('{\n  "words": [\n    "a"\n  ]\n}\n');
    const compact = new DurableJsonFile<{ words: string[] }>(path.join(folder, 'compact.json'), { indent: 0 });
    await compact.write({ words: ['a'] });
    expect(await readFile(compact.filePath, 'utf8')).toBe('{"words":["a"]}\n');
  });

  it('reads a file it cannot open as the system error, not as missing', async () => {
    const file = new DurableJsonFile(folder);
    await expect(file.read()).rejects.toMatchObject({ code: 'EISDIR' });
  });

  it('reports a damaged file as CorruptFileError naming the file', async () => {
    const filePath = path.join(folder, 'data.json');
    await writeFile(filePath, '{"words": ["dro');
    const file = new DurableJsonFile(filePath);
    await expect(file.read()).rejects.toBeInstanceOf(CorruptFileError);
    await expect(file.read()).rejects.toMatchObject({
      filePath,
      message: `${filePath} is damaged: it is not valid JSON`,
      cause: expect.any(SyntaxError),
    });
  });

  it('coalesces a burst of writes: every caller resolves, one write runs, one follow-up carries the newest data', async () => {
    const filePath = path.join(folder, 'data.json');
    const file = new DurableJsonFile<{ count: number }>(filePath);
    writtenFiles.length = 0;
    const resolved: number[] = [];
    const write = (count: number) => file.write({ count }).then(() => resolved.push(count));
    const first = write(0);
    await vi.waitUntil(() => writtenFiles.length === 1);
    // The 49 writes that arrive while the first one runs share one follow-up write.
    const burst = Array.from({ length: 49 }, (_, index) => write(index + 1));
    await Promise.all([first, ...burst]);
    expect(resolved).toHaveLength(50);
    expect(writtenFiles).toEqual([filePath, filePath]);
    expect(JSON.parse(await readFile(filePath, 'utf8'))).toEqual({ count: 49 });
    expect(await readdir(folder)).toEqual(['data.json']);
  });

  it('removes the file after the writes asked for before it, and writes asked for after it follow it', async () => {
    const filePath = path.join(folder, 'data.json');
    const file = new DurableJsonFile<{ n: number }>(filePath);
    await Promise.all([file.write({ n: 1 }), file.remove()]);
    expect(await file.read()).toBeNull();
    writtenFiles.length = 0;
    void file.write({ n: 2 });
    await vi.waitUntil(() => writtenFiles.length === 1);
    // A write waiting for its turn goes before the removal; one asked for after the removal is not merged into it.
    void file.write({ n: 3 });
    const removed = file.remove();
    const later = file.write({ n: 4 });
    await Promise.all([removed, later]);
    expect(await file.read()).toEqual({ n: 4 });
  });

  it('keeps the file when the removal is no longer wanted at its turn', async () => {
    const file = new DurableJsonFile<{ n: number }>(path.join(folder, 'data.json'));
    let wanted = true;
    void file.write({ n: 1 });
    const removed = file.remove(() => wanted);
    wanted = false;
    await removed;
    expect(await file.read()).toEqual({ n: 1 });
  });

  it('rejects every caller of a failed write and recovers for the next one', async () => {
    const filePath = path.join(folder, 'later', 'data.json');
    const file = new DurableJsonFile<{ n: number }>(filePath);
    const first = file.write({ n: 1 });
    const second = file.write({ n: 2 });
    const third = file.write({ n: 3 });
    await expect(first).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(second).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(third).rejects.toMatchObject({ code: 'ENOENT' });
    await mkdir(path.dirname(filePath));
    await expect(file.write({ n: 4 })).resolves.toBeUndefined();
    expect(await file.read()).toEqual({ n: 4 });
  });
});
