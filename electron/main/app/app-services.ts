import type { AppInfo, AppNotice } from '../../common/app-info';
import { systemTimeZone } from '../../common/time/zoned-time';
import { BriefingExportService } from '../export/briefing-export-service';
import { createFileSystemAssetSink } from '../import/asset-sink';
import { BriefingStore } from '../library/briefing-store';
import { SettingsStore } from '../settings/settings-store';
import { PersonalWordList } from '../spelling/personal-word-list';
import { SpellingService } from '../spelling/spelling-service';
import { TemplateService } from '../templates/template-service';
import { appBriefingPreparer } from './app-briefing-preparer';
import { stopDocumentWorker } from './document-worker/document-worker-client';
import { InFlightWork } from './in-flight-work';
import { type ImportServiceApi, LazyImportService } from './lazy-import-service';

/** Everything the IPC handlers and the command line delegate to, for one data folder. */
export interface AppServices {
  dataDir: string;
  settings: SettingsStore;
  briefings: BriefingStore;
  templates: TemplateService;
  /** Imports; the parsers load on first use. */
  imports: ImportServiceApi;
  /** HTML and PDF export; the Electron shell attaches its save dialog and printer. */
  exports: BriefingExportService;
  info(): AppInfo;
  /** Calls being handled (IPC); `close` waits for them. */
  inFlight: InFlightWork;
  /** Waits for every call in flight, then writes what is still buffered (library index, search index); call before exiting. */
  /** Spelling, checked in a worker thread. */
  spelling: SpellingService;
  /** The words the user added to the dictionary. */
  personalWords: PersonalWordList;
  close(): Promise<void>;
}

export interface AppIdentity {
  name: string;
  version: string;
}

/** Opens the services for `dataDir`; the single place where they are wired together. */
export async function openAppServices(
  dataDir: string,
  identity: AppIdentity,
  /** The variables export reads (BRIEFDESK_CHROMIUM); the process's own unless a caller passes its own. */
  environment: Readonly<Record<string, string | undefined>> = process.env,
  /** The desktop app shows the library first and checks it against its files after (`briefings.checked()`). */
  { checkLibraryInBackground = false }: { checkLibraryInBackground?: boolean } = {},
): Promise<AppServices> {
  const notices: AppNotice[] = [];
  const settings = await SettingsStore.open(dataDir, notices);
  const briefings = await BriefingStore.open(dataDir, notices, undefined, {
    checkInBackground: checkLibraryInBackground,
  });
  briefings.takeDefaultTimeZoneFrom(() => settings.get().defaultTimeZone || systemTimeZone());
  briefings.takeDefaultLanguageFrom(() => settings.get().defaultLanguage);
  // A long briefing's check and serialization would hold main's thread for tens of milliseconds.
  briefings.prepareBriefingsWith(appBriefingPreparer);
  const templates = await TemplateService.open(dataDir, notices, { settings, briefings });
  const imports = new LazyImportService({
    briefings,
    assets: createFileSystemAssetSink(briefings.paths.assets),
    findTemplate: (id) => templates.instantiate(id),
  });
  const exports = new BriefingExportService({
    dataDir,
    briefings,
    settings,
    appVersion: identity.version,
    environment,
    recordForcedExport: async (id, record) => {
      await briefings.recordForcedExport(id, record);
    },
  });
  const inFlight = new InFlightWork();
  const personalWords = await PersonalWordList.open(dataDir, notices);
  const spelling = new SpellingService(() => personalWords.words());
  return {
    dataDir,
    settings,
    briefings,
    templates,
    imports,
    exports,
    spelling,
    personalWords,
    info: () => ({ ...identity, dataDir, platform: process.platform, notices: [...notices] }),
    inFlight,
    async close() {
      await inFlight.settled();
      await spelling.close();
      await briefings.close();
      await stopDocumentWorker();
    },
  };
}
