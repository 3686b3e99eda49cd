import { z } from 'zod';
import { shortTextSchema } from '../text/short-text-schema';
import { zonedDateTime } from './zoned-date-time-schema';

/** Who unlocked an approved or published briefing for editing, and when. */
export const unlockRecordSchema = z.strictObject({
  by: shortTextSchema('The name of who unlocked the briefing', 120),
  at: zonedDateTime('The time the briefing was unlocked').pipe(z.string().min(1, 'Give the time of the unlock.')),
});

export type UnlockRecord = z.infer<typeof unlockRecordSchema>;
