import type { AppInfo, AppNotice } from '../../common/app-info';
import { BriefingExportService } from '../export/briefing-export-service';
import { BriefingStore } from '../library/briefing-store';
import { SettingsStore } from '../settings/settings-store';

/** Everything the IPC handlers and the command line delegate to, for one data folder. */
export interface AppServices {
  dataDir: string;
  settings: SettingsStore;
  briefings: BriefingStore;
  /** HTML and PDF export; the Electron shell attaches its save dialog and printer. */
  exports: BriefingExportService;
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
  const briefings = await BriefingStore.open(dataDir, notices);
  const exports = new BriefingExportService({ dataDir, briefings, settings, appVersion: identity.version });
  return {
    dataDir,
    settings,
    briefings,
    exports,
    info: () => ({ ...identity, dataDir, platform: process.platform, notices: [...notices] }),
  };
}
