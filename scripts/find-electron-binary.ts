import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface ElectronBinaryLookup {
  /** Absolute path of a runnable Electron binary, when one exists. */
  binary?: string;
  /** Why none was found, as one sentence for the user. */
  reason?: string;
}

const projectRoot = path.resolve(import.meta.dirname, '..');

/**
 * Finds Electron the way the `electron` package would, without its
 * download-on-first-use: `ELECTRON_OVERRIDE_DIST_PATH`, then node_modules/electron/dist.
 */
export function findElectronBinary(environment: Readonly<Record<string, string | undefined>>): ElectronBinaryLookup {
  const packageDir = path.join(projectRoot, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  const platformPath = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : defaultPlatformPath();
  const override = environment.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override ? path.join(override, platformPath) : path.join(packageDir, 'dist', platformPath);
  if (existsSync(binary)) return { binary };
  const reason = override
    ? `ELECTRON_OVERRIDE_DIST_PATH is set, but ${binary} does not exist.`
    : 'The Electron binary is not installed (it is downloaded from GitHub on first use, which needs a connection): run "npx install-electron --no" on a connected machine, or set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron folder.';
  return { reason };
}

function defaultPlatformPath(): string {
  if (process.platform === 'win32') return 'electron.exe';
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return 'electron';
}
