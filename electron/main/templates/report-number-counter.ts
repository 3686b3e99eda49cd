import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { z } from 'zod';
import type { AppNotice } from '../../common/app-info';
import { CorruptFileError } from '../storage/corrupt-file-error';
import { DurableJsonFile } from '../storage/durable-json-file';
import { quarantineFile } from '../storage/quarantine-file';
import { toStorageError } from '../storage/storage-error';

const reportNumbersSchema = z.strictObject({
  version: z.literal(1),
  /** The last number issued, per template id. */
  last: z.record(z.string(), z.number().int().min(0).max(1_000_000)),
});

type ReportNumbers = z.infer<typeof reportNumbersSchema>;

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
    const file = new DurableJsonFile<ReportNumbers>(filePath);
    const db = new Low<ReportNumbers>(file, { version: 1, last: {} });
    let stored: unknown = null;
    let damaged = false;
    try {
      stored = await file.read();
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error;
      damaged = true;
    }
    const parsed = damaged ? undefined : reportNumbersSchema.safeParse(stored ?? { version: 1, last: {} });
    if (parsed?.success) {
      db.data = parsed.data;
    } else {
      const movedTo = await quarantineFile(dataDir, filePath);
      notices.push({
        level: 'warning',
        message: `The file of report numbers was damaged, so Briefdesk set it aside (${movedTo}). Numbering restarts; check the report number of your next numbered briefing.`,
      });
    }
    return new ReportNumberCounter(db, dataDir, filePath);
  }

  /** The last number issued for `templateId`, or undefined before the first. */
  last(templateId: string): number | undefined {
    return this.#db.data.last[templateId];
  }

  /** Issues and durably records the next number for `templateId`, never below `first`. */
  next(templateId: string, first: number): Promise<number> {
    const issue = this.#pending.then(async () => {
      const previous = this.#db.data.last[templateId];
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
