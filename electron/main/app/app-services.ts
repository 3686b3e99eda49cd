import type { AppInfo, AppNotice } from '../../common/app-info';
import { SettingsStore } from '../settings/settings-store';

/** Everything the IPC handlers and the command line delegate to, for one data folder. */
export interface AppServices {
  dataDir: string;
  settings: SettingsStore;
  info(): AppInfo;
}

export interface AppIdentity {
  name: string;
  version: string;
}

/** Opens the services for `dataDir`; the single place where they are wired together. */
export async function openAppServices(dataDir: string, identity: AppIdentity): Promise<AppServices> {
  const notices: AppNotice[] = [];
  const settings = await SettingsStore.open(dataDir, notices);
  return {
    dataDir,
    settings,
    info: () => ({ ...identity, dataDir, platform: process.platform, notices: [...notices] }),
  };
}
