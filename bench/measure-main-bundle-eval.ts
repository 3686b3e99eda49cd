// Child process of main-bundle-benchmarks.ts, run with the recording electron double registered:
// evaluates the built main entry once (what runs before `ready`) and prints the milliseconds it took.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const mainEntry = process.argv[2] as string;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'briefdesk-bench-main-'));
Object.defineProperty(process, 'defaultApp', { value: true });
process.argv = [process.argv[0] as string, mainEntry, `--data-dir=${dataDir}`];
// The double itself is loaded first, so that only the main bundle is timed.
await import(new URL('../tests/shell/recording-electron/recording-electron.ts', import.meta.url).href);
const started = performance.now();
await import(pathToFileURL(mainEntry).href);
const evaluated = performance.now() - started;
process.stdout.write(`${evaluated}\n`);
process.exit(0);
