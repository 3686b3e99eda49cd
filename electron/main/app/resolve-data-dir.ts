import path from 'node:path';

export const dataDirEnvironmentVariable = 'BRIEFDESK_DATA_DIR';

/** Reads `--data-dir DIR` or `--data-dir=DIR` from command-line arguments. */
export function readDataDirArgument(argv: readonly string[]): string | undefined {
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] as string;
    if (argument === '--data-dir') return argv[index + 1];
    if (argument.startsWith('--data-dir=')) return argument.slice('--data-dir='.length);
  }
  return undefined;
}

/**
 * The folder holding the user's data: `--data-dir`, else `BRIEFDESK_DATA_DIR`,
 * else `fallback` (Electron's userData folder in the app). Always absolute.
 */
export function resolveDataDir(
  argv: readonly string[],
  environment: Readonly<Record<string, string | undefined>>,
  fallback: string,
): string {
  const chosen = readDataDirArgument(argv) || environment[dataDirEnvironmentVariable] || fallback;
  return path.resolve(chosen);
}
