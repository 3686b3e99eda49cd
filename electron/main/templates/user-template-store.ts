import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { AppNotice } from '../../common/app-info';
import type { BriefingTemplate } from '../../common/template/briefing-template';
import { parseBriefingTemplate } from '../../common/template/template-schema';
import { UserFacingError } from '../ipc/user-facing-error';
import { CorruptFileError } from '../storage/corrupt-file-error';
import { DurableJsonFile } from '../storage/durable-json-file';
import { quarantineFile } from '../storage/quarantine-file';
import { toStorageError } from '../storage/storage-error';

/** One user template as stored in its own file. */
export interface StoredUserTemplate {
  schemaVersion: 1;
  createdAt: string;
  updatedAt: string;
  template: BriefingTemplate;
}

const storedFileSchema = z.strictObject({
  schemaVersion: z.literal(1),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  template: z.unknown(),
});

function ignoreMissingFolder(error: unknown): string[] {
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
  throw error;
}

function parseStored(json: unknown): StoredUserTemplate {
  const stored = storedFileSchema.parse(json);
  const template = parseBriefingTemplate(stored.template);
  if (template.builtIn || !template.id.startsWith('user-'))
    throw new Error('A user template cannot pose as a built-in.');
  return { ...stored, template };
}

/**
 * User templates: one durable JSON file each in `templates/user/`, all held in memory (they are few).
 * The folder is created with the first template, so opening never writes.
 */
export class UserTemplateStore {
  readonly #folder: string;
  readonly #dataDir: string;
  readonly #templates = new Map<string, StoredUserTemplate>();

  private constructor(folder: string, dataDir: string) {
    this.#folder = folder;
    this.#dataDir = dataDir;
  }

  /** Reads every template file; a damaged one is moved to quarantine and reported, the rest open. */
  static async open(dataDir: string, folder: string, notices: AppNotice[]): Promise<UserTemplateStore> {
    const store = new UserTemplateStore(folder, dataDir);
    for (const name of (await readdir(folder).catch(ignoreMissingFolder)).sort()) {
      if (!name.endsWith('.json') || name.startsWith('.')) continue;
      const filePath = path.join(folder, name);
      try {
        const stored = parseStored(await new DurableJsonFile<unknown>(filePath).read());
        if (`${stored.template.id}.json` !== name) throw new CorruptFileError(filePath, 'its id does not match');
        store.#templates.set(stored.template.id, stored);
      } catch {
        const movedTo = await quarantineFile(dataDir, filePath);
        notices.push({
          level: 'warning',
          message: `A damaged template file was set aside so your other templates could open: ${movedTo}`,
        });
      }
    }
    return store;
  }

  list(): StoredUserTemplate[] {
    return [...this.#templates.values()].sort((a, b) => a.template.name.localeCompare(b.template.name));
  }

  find(id: string): StoredUserTemplate | undefined {
    return this.#templates.get(id);
  }

  /** Saves a template (new or changed) durably; on failure the stored one stays as it was. */
  async put(template: BriefingTemplate): Promise<StoredUserTemplate> {
    const now = new Date().toISOString();
    let checked: BriefingTemplate;
    try {
      checked = parseBriefingTemplate(template);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new UserFacingError('invalid-argument', `This cannot be saved as a template: ${reason}`);
    }
    const stored: StoredUserTemplate = {
      schemaVersion: 1,
      createdAt: this.#templates.get(template.id)?.createdAt ?? now,
      updatedAt: now,
      template: checked,
    };
    try {
      await mkdir(this.#folder, { recursive: true });
      await new DurableJsonFile<StoredUserTemplate>(this.#filePath(template.id)).write(stored);
    } catch (error) {
      throw toStorageError(error, `the template “${template.name}”`, this.#dataDir);
    }
    this.#templates.set(template.id, stored);
    return stored;
  }

  async delete(id: string): Promise<void> {
    const stored = this.#templates.get(id);
    if (!stored) throw new UserFacingError('not-found', 'That template no longer exists. It may have been deleted.');
    try {
      await rm(this.#filePath(id), { force: true });
    } catch (error) {
      throw toStorageError(error, `the deletion of “${stored.template.name}”`, this.#dataDir);
    }
    this.#templates.delete(id);
  }

  #filePath(id: string): string {
    return path.join(this.#folder, `${id}.json`);
  }
}
