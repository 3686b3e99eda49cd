import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { JSONContent } from '@tiptap/core';
import { afterAll, describe, expect, it } from 'vitest';
import { UserFacingError } from '../../common/user-facing-error';
import type { ConvertTextRequest } from './convert-text-in-node';
import { ImportWorkerPool } from './import-worker-pool';
import { longWarmUpPage, warmUpCharacters, warmUpPage } from './warm-up-page';

const run = promisify(execFile);

const request = (text: string, format: ConvertTextRequest['format'] = 'html'): ConvertTextRequest => ({
  text,
  format,
  keepClutter: false,
  embedImages: false,
  now: Date.UTC(2026, 10, 26),
});

/** About 1.9 million characters of short paragraphs: within the character limit, heavy as a DOM. */
const heavyPage = '<p>Officials said the strike hit a depot near the river.</p>'.repeat(32_000);

const pools: ImportWorkerPool[] = [];
function pool(limits: ConstructorParameters<typeof ImportWorkerPool>[0] = {}): ImportWorkerPool {
  const created = new ImportWorkerPool(limits);
  pools.push(created);
  return created;
}

afterAll(async () => {
  await Promise.all(pools.map((created) => created.close()));
});

describe('ImportWorkerPool', () => {
  it('converts in a worker thread and answers a limit with its sentence', async () => {
    const imports = pool();
    const converted = await imports.convert(request('<h1>Drones hit Kyiv</h1><p>Officials said so.</p>'));
    expect(converted.document.metadata.title).toBe('Drones hit Kyiv');
    await expect(imports.convert(request('<img src="a.png">'.repeat(301)))).rejects.toThrow(/more than 300 pictures/);
  }, 60_000);

  it('answers with equal attributes and marks as one object each, as main reads them', async () => {
    const converted = await pool().convert(
      request('<article><h1>Drones hit Kyiv</h1><p>The <b>first</b> text.</p><p>The <b>second</b> text.</p></article>'),
    );
    const paragraphs: JSONContent[] = [];
    const collect = (node: JSONContent) => {
      if (node.type === 'paragraph') paragraphs.push(node);
      for (const child of node.content ?? []) collect(child);
    };
    collect(converted.document.content);
    const [first, second] = paragraphs;
    expect(paragraphs).toHaveLength(2);
    expect(second?.attrs).toBe(first?.attrs);
    expect(second?.content?.[1]?.marks).toEqual([{ type: 'bold' }]);
    expect(second?.content?.[1]?.marks).toBe(first?.content?.[1]?.marks);
  }, 60_000);

  it('prepares once: the worker converts the made-up pages as much as asked, and a second call answers the same rounds', async () => {
    const imports = pool({ warmUpCharacters: warmUpPage().length * 3, longWarmUpCharacters: longWarmUpPage().length });
    const preparing = imports.prepare();
    // Three rounds of the short page, then one of the long page.
    await expect(preparing).resolves.toBe(4);
    // The same answer, not a second warm-up.
    expect(imports.prepare()).toBe(preparing);
    const converted = await imports.convert(request('<h1>Drones hit Kyiv</h1><p>Officials said so.</p>'));
    expect(converted.document.metadata.title).toBe('Drones hit Kyiv');
  }, 60_000);

  it('takes an import sent during the warm-up after the round in progress, and stops warming up', async () => {
    // The whole warm-up the app asks for: about two dozen rounds of the short page, then five of the long one.
    expect(Math.ceil(warmUpCharacters / warmUpPage().length)).toBeGreaterThan(2);
    const imports = pool();
    const preparing = imports.prepare();
    const converted = imports.convert(request('<h1>Drones hit Kyiv</h1><p>Officials said so.</p>'));
    await expect(converted).resolves.toMatchObject({ document: { metadata: { title: 'Drones hit Kyiv' } } });
    // The import reached the worker right behind the request to prepare: one round at most went first.
    expect(await preparing).toBeLessThanOrEqual(2);
  }, 60_000);

  it('answers a warm-up cut short by a stopped worker with no rounds, and never rejects', async () => {
    const imports = pool();
    // Stopped before the worker was ready…
    const beforeReady = imports.prepare();
    await imports.close();
    await expect(beforeReady).resolves.toBe(0);
    // …and in the middle of its rounds.
    await imports.convert(request('<p>Ready.</p>'));
    const warming = imports.prepare();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await imports.close();
    await expect(warming).resolves.toBe(0);
    await expect(imports.convert(request('<p>Still works.</p>'))).resolves.toBeDefined();
  }, 60_000);

  it('keeps the process alive while the worker warms up, and not a moment longer', async () => {
    const fixture = path.join(import.meta.dirname, 'import-worker-pool-hold.fixture.ts');
    const { stdout } = await run(process.execPath, ['--import', 'tsx', fixture], { timeout: 50_000 });
    expect(stdout).toBe('prepared=2\n');
  }, 60_000);

  it('stops an import that passes its time limit, and the next import gets a fresh worker', async () => {
    // The worker warms its parsers before it says it is ready; a conversion of its own here could pass 200 ms
    // on a loaded machine.
    const imports = pool({ timeoutMilliseconds: 200 });
    const stopped = imports.convert(request(heavyPage));
    await expect(stopped).rejects.toBeInstanceOf(UserFacingError);
    await expect(stopped).rejects.toThrow('The import took longer than 0 seconds and was stopped');
    const fresh = pool({ timeoutMilliseconds: 60_000 });
    await expect(fresh.convert(request('<p>Still works.</p>'))).resolves.toBeDefined();
  }, 60_000);

  it('stops an import that passes its memory limit with a sentence, never a crash of the process', async () => {
    // Well above what a fresh worker needs to load its parsers, far below what the heavy page needs.
    const imports = pool({ heapMegabytes: 64 });
    await expect(imports.convert(request(heavyPage))).rejects.toThrow(
      'The import needed more than 64 MB of memory and was stopped; import a smaller part of the text.',
    );
    await expect(imports.convert(request('<p>Still works.</p>'))).resolves.toBeDefined();
  }, 120_000);
});
