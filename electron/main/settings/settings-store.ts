import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import type { AppNotice } from '../../common/app-info';
import { defaultSettings, type Settings, type SettingsPatch, settingsSchema } from '../../common/settings';
import { CorruptFileError } from '../storage/corrupt-file-error';
import { quarantineWithNotice } from '../storage/quarantine-file';
import { toStorageError } from '../storage/storage-error';
import { StoredJsonFile } from '../storage/stored-json-file';
import type { StoredJsonFormat } from '../storage/stored-json-format';

export const settingsFileName = 'settings.json';

const settingsFileFormat: StoredJsonFormat<Settings> = {
  what: 'your settings',
  schema: settingsSchema,
  maxBytes: 1024 * 1024,
};

/** The user's preferences, kept in `settings.json` in the data folder. */
export class SettingsStore {
  readonly #db: Low<Settings>;
  readonly #dataDir: string;

  private constructor(db: Low<Settings>, dataDir: string) {
    this.#db = db;
    this.#dataDir = dataDir;
  }

  /**
   * Loads the settings; a damaged file is moved to quarantine and reported
   * through `notices`, and the defaults are used instead.
   */
  static async open(dataDir: string, notices: AppNotice[]): Promise<SettingsStore> {
    await mkdir(dataDir, { recursive: true });
    const file = new StoredJsonFile(path.join(dataDir, settingsFileName), settingsFileFormat);
    const db = new Low<Settings>(file, defaultSettings);
    try {
      db.data = (await file.read()) ?? defaultSettings;
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error;
      await quarantineWithNotice(
        dataDir,
        file.filePath,
        notices,
        (movedTo) =>
          `Your settings file was damaged, so Briefdesk set it aside (${movedTo}) and started with default settings.`,
      );
    }
    return new SettingsStore(db, dataDir);
  }

  get(): Settings {
    return { ...this.#db.data };
  }

  /** Applies a validated patch (or main's own record of the export folder) and saves it durably; on failure nothing changes. */
  async update(patch: SettingsPatch | Pick<Settings, 'exportFolder'>): Promise<Settings> {
    const previous = this.#db.data;
    this.#db.data = settingsSchema.parse({ ...previous, ...patch });
    try {
      await this.#db.write();
    } catch (error) {
      this.#db.data = previous;
      throw toStorageError(error, 'your settings', this.#dataDir);
    }
    return this.get();
  }
}
