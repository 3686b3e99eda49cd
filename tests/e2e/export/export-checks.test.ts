import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nuHtmlErrors } from './export-checks';

let folder: string;
let valid: string;
let invalid: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-nu-'));
  valid = path.join(folder, 'valid.html');
  invalid = path.join(folder, 'invalid.html');
  const page = (body: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Check</title></head><body>${body}</body></html>`;
  await writeFile(valid, page('<p>Port closed.</p>'));
  await writeFile(invalid, page('<p>Port <div>closed</div></p><span id="a"></span><span id="a"></span>'));
});

afterAll(() => rm(folder, { recursive: true, force: true }));

describe('the W3C Nu HTML checker helper', () => {
  it('returns no errors for a valid page and the errors of an invalid one', async () => {
    expect(await nuHtmlErrors([valid])).toEqual([]);
    const errors = await nuHtmlErrors([invalid]);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.map((error) => error.message).join('\n')).toMatch(/Duplicate ID/);
  }, 60_000);

  it('fails, never answers “no errors”, when Java or the checker is missing', async () => {
    await expect(nuHtmlErrors([invalid], { java: path.join(folder, 'no-java') })).rejects.toThrow(
      /The W3C Nu HTML checker did not run/,
    );
    await expect(nuHtmlErrors([invalid], { jar: path.join(folder, 'no-vnu.jar') })).rejects.toThrow(
      /The W3C Nu HTML checker did not run/,
    );
  }, 60_000);
});
