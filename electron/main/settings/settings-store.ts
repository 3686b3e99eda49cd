import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import type { AppNotice } from '../../common/app-info';
import { defaultSettings, type Settings, type SettingsPatch, settingsSchema } from '../../common/settings';
import { CorruptFileError } from '../storage/corrupt-file-error';
import { DurableJsonFile } from '../storage/durable-json-file';
import { quarantineFile } from '../storage/quarantine-file';
import { toStorageError } from '../storage/storage-error';

export const settingsFileName = 'settings.json';

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
    const file = new DurableJsonFile<Settings>(path.join(dataDir, settingsFileName));
    const db = new Low<Settings>(file, defaultSettings);
    let stored: unknown = null;
    let damaged = false;
    try {
      stored = await file.read();
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error;
      damaged = true;
    }
    const parsed = damaged ? undefined : settingsSchema.safeParse(stored ?? {});
    if (parsed?.success) {
      db.data = parsed.data;
    } else {
      const movedTo = await quarantineFile(dataDir, file.filePath);
      notices.push({
        level: 'warning',
        message: `Your settings file was damaged, so Briefdesk set it aside (${movedTo}) and started with default settings.`,
      });
    }
    return new SettingsStore(db, dataDir);
  }

  get(): Settings {
    return { ...this.#db.data };
  }

  /** Applies a validated patch and saves it durably; on failure nothing changes. */
  async update(patch: SettingsPatch): Promise<Settings> {
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
