import { z } from 'zod';
import { shortTextSchema } from '../text/short-text-schema';
import { zonedDateTime } from './zoned-date-time-schema';

export const correctionKinds = ['correction', 'clarification', 'update'] as const;

export type CorrectionKind = (typeof correctionKinds)[number];

export const correctionKindLabels: Record<CorrectionKind, string> = {
  correction: 'Correction',
  clarification: 'Clarification',
  update: 'Update',
};

/** One entry of the corrections log: what kind, when (an instant with its zone) and what changed. */
export const correctionSchema = z.strictObject({
  kind: z.enum(correctionKinds, { error: 'An entry is a correction, a clarification or an update.' }),
  at: zonedDateTime('The time of a correction').pipe(z.string().min(1, 'Give each correction its time.')),
  text: shortTextSchema('A correction', 2000).pipe(z.string().min(1, 'Say what was corrected.')),
});

export type CorrectionEntry = z.infer<typeof correctionSchema>;

export const correctionsLogSchema = z.array(correctionSchema).max(500, 'A corrections log holds at most 500 entries.');
