import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { RecordedCall } from './recording-electron/electron-record';

const doubleFolder = path.join(import.meta.dirname, 'recording-electron');

export interface MainRun {
  calls: RecordedCall[];
  exitCode: number | null;
  stdout: string;
  stderr: string;
  dataDir: string;
  /** Where the double's `app.getPath` points (appData, temp, …). */
  pathsRoot: string;
}

/**
 * Runs the built `out/main/index.js` under Node with the recording `electron` double in a fresh process,
 * drives one scenario of `main-scenarios.ts`, and returns what main did, in order.
 */
export async function runMainWithRecordingElectron(
  scenario: string,
  prepareDataDir?: (dataDir: string) => Promise<void>,
): Promise<MainRun> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-wiring-'));
  const dataDir = path.join(root, 'data');
  await prepareDataDir?.(dataDir);
  const pathsRoot = path.join(root, 'paths');
  const child = spawn(
    process.execPath,
    ['--import', './register-recording-electron.ts', 'run-main-scenario.ts', scenario, dataDir],
    { cwd: doubleFolder, env: { ...process.env, RECORDING_ELECTRON_ROOT: pathsRoot } },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const exitCode = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const recordLine = stdout.split('\n').find((line) => line.startsWith('RECORD '));
  if (!recordLine) throw new Error(`The scenario "${scenario}" printed no record (exit ${exitCode}):\n${stderr}`);
  return { calls: JSON.parse(recordLine.slice('RECORD '.length)), exitCode, stdout, stderr, dataDir, pathsRoot };
}

/** Position of the first call that matches, or -1. */
export function firstIndex(calls: RecordedCall[], name: string, detail: (value: never) => boolean = () => true) {
  return calls.findIndex((call) => call.name === name && detail(call.detail as never));
}

export function named(calls: RecordedCall[], name: string): RecordedCall[] {
  return calls.filter((call) => call.name === name);
}
