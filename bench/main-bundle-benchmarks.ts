import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sampleStatistics } from './sample-statistics';

const projectRoot = path.resolve(import.meta.dirname, '..');
const registerDouble = path.join(projectRoot, 'tests/shell/recording-electron/register-recording-electron.ts');

function evaluationSamples(entry: string, runs: number): number[] {
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const output = execFileSync(
      process.execPath,
      ['--import', registerDouble, path.join(import.meta.dirname, 'measure-main-bundle-eval.ts'), entry],
      { encoding: 'utf8', env: { ...process.env, RECORDING_ELECTRON_ROOT: path.join(projectRoot, 'out/bench-paths') } },
    );
    samples.push(Number(output.trim().split('\n').at(-1)));
  }
  return samples;
}

/**
 * How long the built main entry takes to evaluate before `ready`, under Node with the recording electron
 * double (not Electron itself): one fresh process per sample, median of `runs`; beside it, an empty module
 * evaluated the same way, as the floor of this machine in this run.
 */
export async function runMainBundleBenchmarks(
  mainEntry = path.join(projectRoot, 'out/main/index.js'),
  runs = 21,
): Promise<Record<string, number>> {
  const emptyModule = path.join(mkdtempSync(path.join(os.tmpdir(), 'briefdesk-bench-empty-')), 'empty.js');
  writeFileSync(emptyModule, 'export {};\n');
  const main = sampleStatistics(evaluationSamples(mainEntry, runs));
  const empty = sampleStatistics(evaluationSamples(emptyModule, runs));
  return {
    main_bundle_eval_ms: main.median,
    main_bundle_eval_p95_ms: main.p95,
    main_bundle_eval_samples: main.count,
    main_bundle_eval_reference_empty_module_ms: empty.median,
  };
}
