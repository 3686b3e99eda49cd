import { z } from 'zod';
import { templateIdSchema } from './template-schema';

/** `templates/report-numbers.json`: the last number issued, per template id. */
export const reportNumbersSchema = z.strictObject({
  version: z.literal(1),
  last: z.record(templateIdSchema, z.number().int().min(0).max(1_000_000)),
});

export type ReportNumbers = z.infer<typeof reportNumbersSchema>;

/** A user template's id: `user-` and a UUID-like tail, which is also its file name. */
export const userTemplateIdSchema = templateIdSchema.regex(/^user-[a-z0-9-]{1,74}$/, 'That is not a user template id.');

/** `templates/user/<id>.json`: one user template; its template is then checked by `parseBriefingTemplate`. */
export const storedUserTemplateFileSchema = z.strictObject({
  schemaVersion: z.literal(1),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  template: z.unknown(),
});
