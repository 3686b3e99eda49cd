import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfInfo, pdfOutline } from '../e2e/export/export-checks';
import { makeFixtureDataFolder } from '../e2e/export/fixture-data-folder';

const execute = promisify(execFile);
const projectRoot = path.resolve(import.meta.dirname, '../..');
let dataDir: string;
let outDir: string;

beforeAll(async () => {
  dataDir = await makeFixtureDataFolder();
  outDir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-cli-export-'));
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
  await rm(outDir, { recursive: true, force: true });
});

async function briefdesk(args: string[], environment: Record<string, string> = {}) {
  return execute(process.execPath, [path.join(projectRoot, 'bin', 'briefdesk.js'), ...args, '--data-dir', dataDir], {
    env: { ...process.env, ...environment },
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

describe('briefdesk export (built CLI under plain Node, headless)', () => {
  it('exports one briefing as HTML into a folder, hiding the metadata asked for', async () => {
    const folder = path.join(outDir, 'html');
    const result = await briefdesk([
      'export',
      'fixture-situation-update',
      '--format',
      'html',
      '--out-dir',
      folder,
      '--hide',
      'authors',
    ]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const [name] = await readdir(folder);
    expect(name).toBe(
      '2026-11-26-russia-launches-42-drone-strikes-on-ukrainian-cities-amid-peace-talks-in-geneva.html',
    );
    expect(result.stdout.trim()).toBe(path.join(folder, name as string));
    const html = await readFile(path.join(folder, name as string), 'utf8');
    expect(html).toContain('<h1 id=');
    expect(html).not.toContain('Dana Reyes');
  });

  it('exports Word, Markdown and ninjs files through the same service', async () => {
    const folder = path.join(outDir, 'formats');
    for (const format of ['docx', 'md', 'ninjs']) {
      const result = await briefdesk(['export', 'fixture-situation-update', '--format', format, '--out-dir', folder]);
      expect(result).toMatchObject({ code: 0, stderr: '' });
    }
    const names = (await readdir(folder)).sort();
    expect(names.map((name) => path.extname(name))).toEqual(['.docx', '.json', '.md']);
    const docx = await readFile(path.join(folder, names[0] as string));
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    const ninjs = JSON.parse(await readFile(path.join(folder, names[1] as string), 'utf8'));
    expect(ninjs).toMatchObject({ uri: 'urn:briefdesk:briefing:fixture-situation-update', type: 'text' });
    const markdown = await readFile(path.join(folder, names[2] as string), 'utf8');
    expect(markdown).toMatch(/^---\nlang: en\n---\n\n# Russia launches 42 drone strikes/);
  });

  it('marks unfinished parts with --review and leaves them out without it', async () => {
    const final = path.join(outDir, 'every-node.md');
    const review = path.join(outDir, 'every-node-review.md');
    expect(await briefdesk(['export', 'fixture-every-node', '--format', 'md', '--out', final])).toMatchObject({
      code: 0,
    });
    expect(
      await briefdesk(['export', 'fixture-every-node', '--format', 'md', '--review', '--out', review]),
    ).toMatchObject({ code: 0 });
    expect(await readFile(final, 'utf8')).not.toContain('Unfinished');
    expect(await readFile(review, 'utf8')).toContain('*Unfinished: no image yet*');
  });

  it('exports a batch by status as one combined Letter PDF with a cover and contents', async () => {
    const out = path.join(outDir, 'approved.pdf');
    const result = await briefdesk([
      'export',
      '--status',
      'approved',
      '--combine',
      '--out',
      out,
      '--page-size',
      'Letter',
      '--format',
      'pdf',
    ]);
    expect(result).toMatchObject({ code: 0 });
    const info = await pdfInfo(out);
    expect(info).toMatchObject({ Tagged: 'yes', 'Page size': '612 x 792 pts (letter)' });
    const outline = await pdfOutline(out);
    expect(outline).toEqual(
      expect.arrayContaining([
        'Contents',
        'Sudan: Humanitarian Situation Report No. 14',
        'Geneva talks tracker, round 2',
      ]),
    );
  });

  it('exports every briefing with a tag, one PDF each, and reports them as JSON', async () => {
    const folder = path.join(outDir, 'tagged');
    const result = await briefdesk(['export', '--tag', 'ukraine', '--out-dir', folder, '--json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { files: { path: string; briefingIds: string[] }[] };
    expect(report.files.map((file) => file.briefingIds[0]).sort()).toEqual([
      'fixture-flash-alert',
      'fixture-situation-update',
    ]);
    expect((await readdir(folder)).every((name) => name.endsWith('.pdf'))).toBe(true);
  });

  it('explains a missing Chromium, a bad option and an unknown id in plain words', async () => {
    const missing = await briefdesk([
      'export',
      'fixture-flash-alert',
      '--out-dir',
      outDir,
      '--chromium',
      '/nowhere/chromium',
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe(
      'No Chromium or Chrome was found at /nowhere/chromium. Check the path given with --chromium or BRIEFDESK_CHROMIUM.',
    );
    const byEnvironment = await briefdesk(['export', 'fixture-flash-alert', '--out-dir', outDir], {
      BRIEFDESK_CHROMIUM: '/nowhere/else',
    });
    expect(byEnvironment.stderr).toContain('/nowhere/else');
    const format = await briefdesk(['export', 'fixture-flash-alert', '--format', 'rtf']);
    expect(format).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--format must be html, pdf, docx, md or ninjs, not "rtf".'),
    });
    const unknown = await briefdesk(['export', 'no-such-briefing', '--format', 'html']);
    expect(unknown).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('No briefing has the id "no-such-briefing"'),
    });
    const several = await briefdesk(['export', '--all', '--out', path.join(outDir, 'x.pdf')]);
    expect(several.stderr).toContain(
      '6 briefings were chosen: use --out-dir DIR for one file each, or --combine for one file.',
    );
    expect((await readdir(outDir)).some((name) => name.startsWith('x'))).toBe(false);
  });

  it('refuses to replace a file that is already there unless --overwrite is given', async () => {
    const out = path.join(outDir, 'again.html');
    const args = ['export', 'fixture-flash-alert', '--format', 'html', '--out', out];
    expect(await briefdesk(args)).toMatchObject({ code: 0 });
    await writeFile(out, 'kept by the user');
    const refused = await briefdesk(args);
    expect(refused).toMatchObject({ code: 1 });
    expect(refused.stderr.trim()).toBe(
      `“again.html” already exists in ${outDir}. Nothing was exported; add --overwrite to replace it.`,
    );
    expect(await readFile(out, 'utf8')).toBe('kept by the user');
    expect(await briefdesk([...args, '--overwrite'])).toMatchObject({ code: 0 });
    expect(await readFile(out, 'utf8')).toContain('FLASH: Explosion reported');
  });
});
