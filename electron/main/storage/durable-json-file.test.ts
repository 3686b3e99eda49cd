import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CorruptFileError } from './corrupt-file-error';
import { DurableJsonFile } from './durable-json-file';

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

  it('reports a damaged file as CorruptFileError naming the file', async () => {
    const filePath = path.join(folder, 'data.json');
    await writeFile(filePath, '{"words": ["dro');
    const file = new DurableJsonFile(filePath);
    await expect(file.read()).rejects.toBeInstanceOf(CorruptFileError);
    await expect(file.read()).rejects.toMatchObject({ filePath });
  });

  it('coalesces a burst of writes: every caller resolves, the file ends with the newest data', async () => {
    const filePath = path.join(folder, 'data.json');
    const file = new DurableJsonFile<{ count: number }>(filePath);
    const renames: number[] = [];
    const writes = Array.from({ length: 50 }, (_, count) => file.write({ count }).then(() => renames.push(count)));
    await Promise.all(writes);
    expect(renames).toHaveLength(50);
    expect(JSON.parse(await readFile(filePath, 'utf8'))).toEqual({ count: 49 });
    expect(await readdir(folder)).toEqual(['data.json']);
  });

  it('rejects every caller of a failed write and recovers for the next one', async () => {
    const missing = path.join(folder, 'gone', 'data.json');
    const file = new DurableJsonFile<{ n: number }>(missing);
    await expect(file.write({ n: 1 })).rejects.toMatchObject({ code: 'ENOENT' });
    const good = new DurableJsonFile<{ n: number }>(path.join(folder, 'data.json'));
    await expect(good.write({ n: 2 })).resolves.toBeUndefined();
  });
});
