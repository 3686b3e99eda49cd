import { z } from 'zod';
import { withBodyAsValuesOrJsonText } from '../document/content-json-text';
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

/**
 * `briefings.save` from the editor: the same changes, the body either as values or as one JSON text (`contentJson`).
 * A body's checked text stays known, so the document worker can be sent that text instead of a copy of the tree.
 */
export const savedChangesSchema = withBodyAsValuesOrJsonText(
  briefingChangesSchema.omit({ content: true }).shape,
  briefingContentSchema,
  { keepText: true },
);

export type NewBriefing = z.input<typeof newBriefingSchema>;

export type BriefingChanges = z.input<typeof briefingChangesSchema>;
