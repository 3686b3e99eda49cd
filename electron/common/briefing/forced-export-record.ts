import { z } from 'zod';
import { checkFindingKinds } from '../check/check-finding';
import { shortTextSchema } from '../text/short-text-schema';
import { zonedDateTime } from './zoned-date-time-schema';

/** A final export made despite blocking findings ("Export anyway", `--force`): when, by whom, over which findings. */
export const forcedExportRecordSchema = z.strictObject({
  at: zonedDateTime('The time of a forced export').pipe(z.string().min(1, 'Give the time of the forced export.')),
  by: shortTextSchema('The name of who exported anyway', 120),
  findings: z.array(z.enum(checkFindingKinds)).max(100),
});

export type ForcedExportRecord = z.infer<typeof forcedExportRecordSchema>;

export const forcedExportsSchema = z.array(forcedExportRecordSchema).max(500);
