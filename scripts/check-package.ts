import { chmod, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { extractFile, getRawHeader } from '@electron/asar';
import { type AfterPackContext, Arch, build, type Configuration, Platform } from 'electron-builder';

type FuseOptions = NonNullable<Configuration['electronFuses']>;

const projectRoot = path.resolve(import.meta.dirname, '..');

/** The fuse values electron-builder.yml must carry; the build flips them on the real Electron binary. */
export const requiredFuses: Readonly<Required<Omit<FuseOptions, 'resetAdHocDarwinSignature'>>> = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  loadBrowserProcessSpecificV8Snapshot: false,
  grantFileProtocolExtraPrivileges: false,
};

/** Files the app reads at run time besides the build output; keep in step with `files` in electron-builder.yml. */
export const runtimeResources = ['resources/icons/icon.png'];

const builtFolders = ['out/main', 'out/preload', 'out/renderer'];
const fixedRequiredFiles = [
  'package.json',
  'out/main/index.js',
  'out/main/cli.js',
  'out/main/import-worker.js',
  'out/main/document-worker.js',
  'out/preload/index.cjs',
  'out/renderer/index.html',
];

/** Why a path must never ship, tested in order; the first match names the reason. */
const forbiddenRules: ReadonlyArray<{ reason: string; test: (file: string) => boolean }> = [
  { reason: 'node_modules (the app is fully bundled)', test: (file) => /(^|\/)node_modules\//.test(file) },
  { reason: 'TypeScript source', test: (file) => /\.(ts|tsx|mts|cts)$/.test(file) },
  { reason: 'source map', test: (file) => file.endsWith('.map') },
  {
    reason: 'source, test, tooling or docs folder',
    test: (file) => /^(electron|renderer|tests|bench|scripts|docs|\.ci|coverage|release|bin)\//.test(file),
  },
  { reason: 'test fixture', test: (file) => /(^|\/)(fixtures|__fixtures__)\//.test(file) },
  { reason: 'test file', test: (file) => /\.(test|spec)\.[cm]?[jt]sx?$/.test(file) },
  {
    reason: 'project configuration',
    test: (file) =>
      /(^|\/)(tsconfig[^/]*\.json|(vite|vitest)\.config\.[^/]+|biome\.json|electron-builder\.ya?ml|package-lock\.json|\.gitignore|\.nvmrc)$/.test(
        file,
      ),
  },
];

function isAllowed(file: string): boolean {
  if (file === 'package.json' || runtimeResources.includes(file)) return true;
  return builtFolders.some((folder) => file.startsWith(`${folder}/`));
}

export interface AsarContents {
  /** Every file in the archive, as a forward-slash path relative to the app root. */
  files: Map<string, number>;
}

/** Lists every file in an asar archive with its size, by walking the archive header. */
export function readAsarContents(asarPath: string): AsarContents {
  const files = new Map<string, number>();
  const walk = (entry: unknown, prefix: string): void => {
    if (entry && typeof entry === 'object' && 'files' in entry) {
      for (const [name, child] of Object.entries(entry.files as Record<string, unknown>)) {
        walk(child, prefix ? `${prefix}/${name}` : name);
      }
    } else if (entry && typeof entry === 'object' && 'size' in entry) {
      files.set(prefix, Number(entry.size));
    } else {
      files.set(prefix, 0);
    }
  };
  walk(getRawHeader(asarPath).header, '');
  return { files };
}

/** Asset paths that index.html loads from the app's own origin. */
export function assetsReferencedBy(html: string): string[] {
  const references = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? '');
  return references
    .filter((reference) => !/^[a-z][a-z0-9+.-]*:/i.test(reference) && !reference.startsWith('#'))
    .map((reference) => path.posix.join('out/renderer', reference.replace(/^\.?\//, '')));
}

export interface AsarVerdict {
  missing: string[];
  forbidden: Array<{ file: string; reason: string }>;
}

/** Compares an archive with what the app needs: every required file present, nothing outside the allow-list. */
export function judgeAsarContents(
  contents: AsarContents,
  requiredFiles: readonly string[],
  indexHtml?: string,
): AsarVerdict {
  const required = new Set([...requiredFiles, ...(indexHtml ? assetsReferencedBy(indexHtml) : [])]);
  const missing = [...required].filter((file) => !contents.files.has(file)).sort();
  const forbidden: AsarVerdict['forbidden'] = [];
  for (const file of [...contents.files.keys()].sort()) {
    const rule = forbiddenRules.find((candidate) => candidate.test(file));
    if (rule) forbidden.push({ file, reason: rule.reason });
    else if (!isAllowed(file)) forbidden.push({ file, reason: 'not a file the app needs at run time' });
  }
  return { missing, forbidden };
}

async function listFilesUnder(root: string, folder: string): Promise<string[]> {
  const entries = await readdir(path.join(root, folder), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/** Everything the build produced (minus source maps) plus the fixed entry points and runtime resources. */
export async function listRequiredFiles(projectDir: string): Promise<string[]> {
  const built = (await Promise.all(builtFolders.map((folder) => listFilesUnder(projectDir, folder)))).flat();
  return [...new Set([...fixedRequiredFiles, ...runtimeResources, ...built.filter((file) => !file.endsWith('.map'))])];
}

export function judgeFuses(fuses: FuseOptions | null | undefined): string[] {
  if (!fuses) return ['electron-builder.yml has no electronFuses block.'];
  return Object.entries(requiredFuses)
    .filter(([name, value]) => fuses[name as keyof FuseOptions] !== value)
    .map(([name, value]) => `${name} is ${String(fuses[name as keyof FuseOptions])}, must be ${String(value)}.`);
}

export interface PackageCheckOptions {
  projectDir?: string;
  /** Where electron-builder writes linux-unpacked; `release` by default. */
  outputDir?: string;
  /** Merged over electron-builder.yml the way electron-builder merges (arrays are concatenated). */
  configOverrides?: Configuration;
}

export interface PackageCheckReport {
  asarPath: string;
  asarBytes: number;
  files: Map<string, number>;
  missing: string[];
  forbidden: Array<{ file: string; reason: string }>;
  /** Anything next to app.asar in resources/ but the dictionaries (other extraResources, app.asar.unpacked). */
  strayResources: string[];
  /** The files under resources/dictionaries/, as `<lang>/<file>`. */
  dictionaryFiles: string[];
  fuseProblems: string[];
  /** What happened to the fuses in this placeholder build, in one sentence. */
  fuseNote: string;
  ok: boolean;
}

const placeholderSentinelError = 'Could not find sentinel';

/** What may sit beside app.asar: the archive and the Hunspell dictionaries (extraResources). */
const shippedResources = new Set(['app.asar', 'dictionaries']);

async function makePlaceholderElectron(): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-placeholder-electron-'));
  const executable = path.join(folder, 'electron');
  await writeFile(
    executable,
    '#!/bin/sh\necho "Placeholder for the Electron binary: this build cannot run." >&2\nexit 1\n',
  );
  await chmod(executable, 0o755);
  return folder;
}

/** Packs the Linux `--dir` target against a placeholder Electron and inspects the resulting app.asar. */
export async function checkPackage(options: PackageCheckOptions = {}): Promise<PackageCheckReport> {
  const projectDir = options.projectDir ?? projectRoot;
  const outputDir = path.resolve(projectDir, options.outputDir ?? 'release');
  if (!(await stat(path.join(projectDir, 'out/main/index.js')).catch(() => undefined))) {
    throw new Error('The app is not built: run "npm run build" first (npm run package:check does it for you).');
  }
  const requiredFiles = await listRequiredFiles(projectDir);
  const resourcesDir = path.join(outputDir, 'linux-unpacked', 'resources');
  // A stale archive from an earlier run must never be mistaken for this one.
  await rm(path.join(outputDir, 'linux-unpacked'), { recursive: true, force: true });
  const placeholder = await makePlaceholderElectron();
  let effectiveFuses: FuseOptions | null | undefined;
  let fuseNote = 'electron-builder did not try to flip any fuse.';
  try {
    await build({
      projectDir,
      targets: Platform.LINUX.createTarget('dir', Arch.x64),
      config: {
        ...options.configOverrides,
        electronDist: placeholder,
        directories: { output: outputDir },
        afterPack: (context: AfterPackContext) => {
          effectiveFuses = context.packager.config.electronFuses;
        },
      },
    });
  } catch (error) {
    // Fuses are flipped after the asar is written; a placeholder has no fuse wire, so this failure is expected.
    if (!(error instanceof Error && error.message.includes(placeholderSentinelError))) throw error;
    fuseNote =
      'electron-builder tried to flip the fuses, but the placeholder binary has no fuse wire: they are configured, not flipped, in this check.';
  } finally {
    await rm(placeholder, { recursive: true, force: true });
  }

  const asarPath = path.join(resourcesDir, 'app.asar');
  const contents = readAsarContents(asarPath);
  const indexHtml = contents.files.has('out/renderer/index.html')
    ? extractFile(asarPath, 'out/renderer/index.html').toString('utf8')
    : undefined;
  const verdict = judgeAsarContents(contents, requiredFiles, indexHtml);
  const strayResources = (await readdir(resourcesDir)).filter((name) => !shippedResources.has(name));
  const dictionaryFiles = await readdir(path.join(resourcesDir, 'dictionaries'), { recursive: true }).catch(() => []);
  const fuseProblems = judgeFuses(effectiveFuses);
  return {
    asarPath,
    asarBytes: (await stat(asarPath)).size,
    files: contents.files,
    ...verdict,
    strayResources,
    dictionaryFiles: dictionaryFiles.map((file) => String(file).replaceAll(path.sep, '/')).sort(),
    fuseProblems,
    fuseNote,
    ok:
      verdict.missing.length === 0 &&
      verdict.forbidden.length === 0 &&
      strayResources.length === 0 &&
      fuseProblems.length === 0,
  };
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`;
}

export function formatReport(report: PackageCheckReport, projectDir: string = projectRoot): string {
  const contentBytes = [...report.files.values()].reduce((sum, size) => sum + size, 0);
  const lines = [
    `app.asar: ${path.relative(projectDir, report.asarPath)}`,
    `  ${report.files.size} files, ${formatBytes(contentBytes)} of content, archive ${formatBytes(report.asarBytes)}`,
    `  fuses: ${report.fuseProblems.length === 0 ? `all ${Object.keys(requiredFuses).length} configured as required` : 'WRONG'}`,
    `  ${report.fuseNote}`,
  ];
  if (report.missing.length > 0) lines.push('Missing from app.asar:', ...report.missing.map((file) => `  ${file}`));
  if (report.forbidden.length > 0) {
    lines.push('Must not ship in app.asar:', ...report.forbidden.map(({ file, reason }) => `  ${file}  (${reason})`));
  }
  if (report.strayResources.length > 0) {
    lines.push('Unexpected next to app.asar:', ...report.strayResources.map((name) => `  resources/${name}`));
  }
  if (report.fuseProblems.length > 0) lines.push('Fuses:', ...report.fuseProblems.map((problem) => `  ${problem}`));
  lines.push(report.ok ? 'Package check passed.' : 'Package check FAILED.');
  return lines.join('\n');
}

/** Exits once stdout has drained; electron-builder loads signal-exit 3, which resets `process.exitCode` to 0. */
function exitAfterWriting(text: string, code: number): void {
  process.stdout.write(`${text}\n`, () => process.exit(code));
}

if (import.meta.main) {
  try {
    const report = await checkPackage();
    exitAfterWriting(formatReport(report), report.ok ? 0 : 1);
  } catch (error) {
    console.error(`Package check could not run: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
