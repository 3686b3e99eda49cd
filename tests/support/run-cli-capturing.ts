import { runCli } from '../../electron/main/cli/run-cli';

/** What one command line printed: each `out`/`err` call as a line, and the exit code. */
export interface CapturedCliRun {
  code: number;
  outLines: string[];
  errLines: string[];
  out: string;
  err: string;
}

/** Runs the CLI in this process with its output captured, as a test reads it. */
export async function runCliCapturing(
  argv: readonly string[],
  environment: Record<string, string> = {},
): Promise<CapturedCliRun> {
  const outLines: string[] = [];
  const errLines: string[] = [];
  const code = await runCli({
    argv,
    environment,
    output: { out: (text) => outLines.push(text), err: (text) => errLines.push(text) },
    version: '9.9.9',
  });
  return { code, outLines, errLines, out: outLines.join('\n'), err: errLines.join('\n') };
}
