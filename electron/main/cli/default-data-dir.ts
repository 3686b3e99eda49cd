import os from 'node:os';
import path from 'node:path';

/**
 * Where Electron's `userData` lives for an app named Briefdesk on each platform,
 * so the command line and the app share one library without loading Electron.
 */
export function defaultDataDir(
  environment: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string {
  if (platform === 'win32') return path.join(environment.APPDATA || path.join(home, 'AppData', 'Roaming'), 'Briefdesk');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Briefdesk');
  return path.join(environment.XDG_CONFIG_HOME || path.join(home, '.config'), 'Briefdesk');
}
