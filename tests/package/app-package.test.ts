import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createPackage } from '@electron/asar';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkPackage,
  formatReport,
  judgeAsarContents,
  judgeFuses,
  readAsarContents,
  requiredFuses,
} from '../../scripts/check-package';

const temporaryFolders: string[] = [];

async function makeTemporaryFolder(prefix: string): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), prefix));
  temporaryFolders.push(folder);
  return folder;
}

afterAll(async () => {
  for (const folder of temporaryFolders) await rm(folder, { recursive: true, force: true });
});

describe('the packaged app (linux --dir against a placeholder Electron)', () => {
  it('holds the built app, its icon and package.json, and nothing else', async () => {
    const report = await checkPackage({ outputDir: await makeTemporaryFolder('briefdesk-release-') });

    expect(report.missing).toEqual([]);
    expect(report.forbidden).toEqual([]);
    expect(report.strayResources).toEqual([]);
    for (const language of ['en', 'fr', 'es', 'ar', 'uk', 'ru']) {
      for (const file of ['index.aff', 'index.dic', 'license'])
        expect(report.dictionaryFiles).toContain(`${language}/${file}`);
    }
    expect(report.fuseProblems).toEqual([]);
    expect(report.fuseNote).toContain('placeholder binary has no fuse wire');
    expect(report.ok).toBe(true);
    const files = [...report.files.keys()];
    expect(files).toEqual(
      expect.arrayContaining([
        'package.json',
        'out/main/index.js',
        'out/main/cli.js',
        'out/preload/index.cjs',
        'out/renderer/index.html',
        'resources/icons/icon.png',
      ]),
    );
    expect(files.some((file) => /^out\/renderer\/assets\/.+\.js$/.test(file))).toBe(true);
    const printed = formatReport(report);
    expect(printed).toMatch(
      new RegExp(`^app\\.asar: .+\\n  ${report.files.size} files, [\\d.]+ (KiB|MiB) of content, archive `),
    );
    expect(printed).toMatch(/Package check passed\.$/);
  });

  it('fails, naming each path, when the build configuration lets sources and project files in', async () => {
    const report = await checkPackage({
      outputDir: await makeTemporaryFolder('briefdesk-release-leaky-'),
      configOverrides: { files: ['electron/main/index.ts', 'tests/package/**/*', 'tsconfig.json'] },
    });

    expect(report.ok).toBe(false);
    expect(report.forbidden).toEqual(
      expect.arrayContaining([
        { file: 'electron/main/index.ts', reason: 'TypeScript source' },
        { file: 'tests/package/app-package.test.ts', reason: 'TypeScript source' },
        { file: 'tsconfig.json', reason: 'project configuration' },
      ]),
    );
    const printed = formatReport(report);
    expect(printed).toContain('Must not ship in app.asar:\n');
    expect(printed).toContain('  electron/main/index.ts  (TypeScript source)');
    expect(printed).toMatch(/Package check FAILED\.$/);
  });
});

describe('judging an archive', () => {
  it('reports missing entry points and assets, node_modules, source maps and unknown files', async () => {
    const appRoot = await makeTemporaryFolder('briefdesk-fake-app-');
    const files: Record<string, string> = {
      'package.json': '{}',
      'out/main/index.js': '',
      'out/main/index.js.map': '{}',
      'out/renderer/index.html':
        '<script type="module" src="/assets/index.js"></script><link rel="stylesheet" href="/assets/index.css">',
      'out/renderer/assets/index.css': '',
      'node_modules/zod/index.js': '',
      'renderer/src/main.tsx': '',
      'docs/packaging.md': '',
      'notes.txt': '',
    };
    for (const [file, content] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(appRoot, file)), { recursive: true });
      await writeFile(path.join(appRoot, file), content);
    }
    const asarPath = path.join(await makeTemporaryFolder('briefdesk-fake-asar-'), 'app.asar');
    await createPackage(appRoot, asarPath);

    const contents = readAsarContents(asarPath);
    const verdict = judgeAsarContents(
      contents,
      ['package.json', 'out/main/index.js', 'out/main/cli.js', 'out/preload/index.cjs'],
      files['out/renderer/index.html'],
    );

    expect(contents.files.get('package.json')).toBe(2);
    expect(verdict.missing).toEqual(['out/main/cli.js', 'out/preload/index.cjs', 'out/renderer/assets/index.js']);
    expect(verdict.forbidden).toEqual([
      { file: 'docs/packaging.md', reason: 'source, test, tooling or docs folder' },
      { file: 'node_modules/zod/index.js', reason: 'node_modules (the app is fully bundled)' },
      { file: 'notes.txt', reason: 'not a file the app needs at run time' },
      { file: 'out/main/index.js.map', reason: 'source map' },
      { file: 'renderer/src/main.tsx', reason: 'TypeScript source' },
    ]);
  });

  it('insists on every required fuse value', () => {
    expect(judgeFuses(requiredFuses)).toEqual([]);
    expect(judgeFuses({ ...requiredFuses, runAsNode: true })).toEqual(['runAsNode is true, must be false.']);
    expect(judgeFuses({ runAsNode: false })).toHaveLength(Object.keys(requiredFuses).length - 1);
    expect(judgeFuses(null)).toEqual(['electron-builder.yml has no electronFuses block.']);
  });
});
