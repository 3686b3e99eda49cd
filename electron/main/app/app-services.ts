import type { AppInfo, AppNotice } from '../../common/app-info';
import { createFileSystemAssetSink } from '../import/asset-sink';
import { ImportService } from '../import/import-service';
import { BriefingStore } from '../library/briefing-store';
import { SettingsStore } from '../settings/settings-store';

/** Everything the IPC handlers and the command line delegate to, for one data folder. */
export interface AppServices {
  dataDir: string;
  settings: SettingsStore;
  briefings: BriefingStore;
  imports: ImportService;
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
  // Templates are looked up here once the template store is wired in; until then --template finds none.
  const imports = new ImportService({
    briefings,
    assets: createFileSystemAssetSink(briefings.paths.assets),
    findTemplate: async () => undefined,
  });
  return {
    dataDir,
    settings,
    briefings,
    imports,
    info: () => ({ ...identity, dataDir, platform: process.platform, notices: [...notices] }),
  };
}
