import { mkdir, readdir, rm } from 'node:fs/promises';
import { z } from 'zod';
import type { AppNotice } from '../../common/app-info';
import type { BriefingTemplate } from '../../common/template/briefing-template';
import { storedUserTemplateFileSchema, userTemplateIdSchema } from '../../common/template/stored-template-files';
import { parseBriefingTemplate } from '../../common/template/template-schema';
import { UserFacingError } from '../../common/user-facing-error';
import { assertInsideFolder, pathInFolder } from '../storage/contained-path';
import { CorruptFileError } from '../storage/corrupt-file-error';
import { quarantineWithNotice } from '../storage/quarantine-file';
import { readStoredJson } from '../storage/read-stored-json';
import { toStorageError } from '../storage/storage-error';
import type { StoredJsonFormat } from '../storage/stored-json-format';
import { StoredPathError } from '../storage/stored-path-error';
import { writeFileDurably } from '../storage/write-file-durably';

/** One user template as stored in its own file. */
export interface StoredUserTemplate {
  schemaVersion: 1;
  createdAt: string;
  updatedAt: string;
  template: BriefingTemplate;
}

/** A stored user template: its file shape, then the template's own check, which proves it makes a valid briefing. */
const userTemplateFileFormat: StoredJsonFormat<StoredUserTemplate> = {
  what: 'a template',
  schema: storedUserTemplateFileSchema.transform((stored, context) => {
    try {
      return parseStored(stored);
    } catch (error) {
      context.addIssue({ code: 'custom', message: error instanceof Error ? error.message : String(error) });
      return z.NEVER;
    }
  }),
  maxBytes: 4 * 1024 * 1024,
};

function ignoreMissingFolder(error: unknown): string[] {
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
  throw error;
}

function parseStored(stored: z.infer<typeof storedUserTemplateFileSchema>): StoredUserTemplate {
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
      const filePath = pathInFolder(folder, name);
      try {
        const id = name.slice(0, -5);
        if (!userTemplateIdSchema.safeParse(id).success)
          throw new CorruptFileError(filePath, 'its name is not a template id');
        const stored = (await readStoredJson(filePath, userTemplateFileFormat))?.value;
        if (!stored) continue;
        if (stored.template.id !== id) throw new CorruptFileError(filePath, 'its id does not match');
        store.#templates.set(stored.template.id, stored);
      } catch {
        await quarantineWithNotice(
          dataDir,
          filePath,
          notices,
          (movedTo) => `A damaged template file was set aside so your other templates could open: ${movedTo}`,
        );
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
      await assertInsideFolder(this.#folder, this.#filePath(template.id), this.#dataDir);
      await writeFileDurably(this.#filePath(template.id), `${JSON.stringify(stored, null, 2)}\n`);
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
      await assertInsideFolder(this.#folder, this.#filePath(id), this.#dataDir);
      await rm(this.#filePath(id), { force: true });
    } catch (error) {
      throw toStorageError(error, `the deletion of “${stored.template.name}”`, this.#dataDir);
    }
    this.#templates.delete(id);
  }

  #filePath(id: string): string {
    if (!userTemplateIdSchema.safeParse(id).success)
      throw new StoredPathError(this.#folder, id, 'it is not a template id');
    return pathInFolder(this.#folder, `${id}.json`);
  }
}
