import { z } from 'zod';
import { briefingContentSchema, briefingIdSchema } from './briefing';
import { briefingMetadataSchema } from './briefing-metadata';

export const briefingReferenceSchema = z.strictObject({ id: briefingIdSchema });

/** A new briefing; anything left out gets its default (empty body, draft status, …). */
export const newBriefingSchema = z.strictObject({
  templateId: z.string().max(80).nullable().optional(),
  metadata: briefingMetadataSchema.optional(),
  content: briefingContentSchema.optional(),
});

/** A save from the editor: the whole metadata and body, and the revision they were based on. */
export const briefingChangesSchema = z.strictObject({
  id: briefingIdSchema,
  revision: z.number().int().min(1),
  metadata: briefingMetadataSchema,
  content: briefingContentSchema,
});

export type NewBriefing = z.input<typeof newBriefingSchema>;

export type BriefingChanges = z.input<typeof briefingChangesSchema>;
