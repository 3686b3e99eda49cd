import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import type { AppNotice } from '../../common/app-info';
import { type ReportNumbers, reportNumbersSchema } from '../../common/template/stored-template-files';
import { CorruptFileError } from '../storage/corrupt-file-error';
import { quarantineWithNotice } from '../storage/quarantine-file';
import { toStorageError } from '../storage/storage-error';
import { StoredJsonFile } from '../storage/stored-json-file';
import type { StoredJsonFormat } from '../storage/stored-json-format';

const reportNumbersFormat: StoredJsonFormat<ReportNumbers> = {
  what: 'the report numbers',
  schema: reportNumbersSchema,
  maxBytes: 1024 * 1024,
};

/** Report numbers that count up per template, kept durably so two briefings never share one. */
export class ReportNumberCounter {
  readonly #db: Low<ReportNumbers>;
  readonly #dataDir: string;
  #pending: Promise<unknown> = Promise.resolve();

  readonly #folder: string;

  private constructor(db: Low<ReportNumbers>, dataDir: string, filePath: string) {
    this.#db = db;
    this.#dataDir = dataDir;
    this.#folder = path.dirname(filePath);
  }

  /** A damaged file is set aside with a notice, and numbering starts again from each template's first number. */
  static async open(dataDir: string, filePath: string, notices: AppNotice[]): Promise<ReportNumberCounter> {
    const file = new StoredJsonFile(filePath, reportNumbersFormat);
    const db = new Low<ReportNumbers>(file, { version: 1, last: {} });
    try {
      db.data = (await file.read()) ?? db.data;
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error;
      await quarantineWithNotice(
        dataDir,
        filePath,
        notices,
        (movedTo) =>
          `The file of report numbers was damaged, so Briefdesk set it aside (${movedTo}). Numbering restarts; check the report number of your next numbered briefing.`,
      );
    }
    return new ReportNumberCounter(db, dataDir, filePath);
  }

  /** The last number issued for `templateId`, or undefined before the first. */
  last(templateId: string): number | undefined {
    return Object.hasOwn(this.#db.data.last, templateId) ? this.#db.data.last[templateId] : undefined;
  }

  /** Issues and durably records the next number for `templateId`, never below `first`. */
  next(templateId: string, first: number): Promise<number> {
    const issue = this.#pending.then(async () => {
      const previous = this.last(templateId);
      const number = Math.max(first, (previous ?? 0) + 1);
      this.#db.data.last[templateId] = number;
      try {
        await mkdir(this.#folder, { recursive: true });
        await this.#db.write();
      } catch (error) {
        if (previous === undefined) delete this.#db.data.last[templateId];
        else this.#db.data.last[templateId] = previous;
        throw toStorageError(error, 'the report number', this.#dataDir);
      }
      return number;
    });
    this.#pending = issue.catch(() => undefined);
    return issue;
  }
}
