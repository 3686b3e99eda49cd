import { createHash } from 'node:crypto';
import path from 'node:path';
import type { App } from 'electron';

/**
 * Chromium's profile (SingletonLock, caches, Local State) for one data folder: under the system's
 * application-data folder, never inside the data folder, which users back up and put in sync.
 * One profile per data folder keeps one instance per data folder.
 */
export function chromiumProfileFolder(appDataFolder: string, dataDir: string): string {
  const key = createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 16);
  return path.join(appDataFolder, 'Briefdesk Profiles', key);
}

/** Points Electron's userData and sessionData at the profile folder; must run before `ready`. */
export function placeChromiumProfile(app: App, dataDir: string): string {
  const profile = chromiumProfileFolder(app.getPath('appData'), dataDir);
  app.setPath('userData', profile);
  app.setPath('sessionData', profile);
  return profile;
}
