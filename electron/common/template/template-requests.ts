import { z } from 'zod';
import { briefingIdSchema } from '../briefing/briefing';
import { languageTagSchema } from '../language/language-tag';
import { shortTextSchema } from '../text/short-text-schema';
import { templateIdSchema } from './template-schema';

const templateName = shortTextSchema('The template name', 80).pipe(
  z.string().min(1, 'Give the template a name, e.g. “Weekly Sudan sitrep”.'),
);
const templateDescription = shortTextSchema('The description', 400);

export const templateReferenceSchema = z.strictObject({ id: templateIdSchema });

/** Save a briefing as a user template: all of it, or only its structure (sections, headings, prompts). */
export const saveTemplateFromBriefingSchema = z.strictObject({
  briefingId: briefingIdSchema,
  name: templateName,
  description: templateDescription.default(''),
  structureOnly: z.boolean({ error: 'Say whether to keep the text or only the structure.' }),
});

/** Rename a user template and, optionally, change its description. */
export const renameTemplateSchema = z.strictObject({
  id: templateIdSchema,
  name: templateName,
  description: templateDescription.optional(),
});

/** A new briefing from a template; an empty title keeps the template's own. */
export const createBriefingFromTemplateSchema = z.strictObject({
  templateId: templateIdSchema,
  title: shortTextSchema('The title', 300).optional(),
  /** The new briefing's language; the template's, else the settings' default, when absent. */
  language: languageTagSchema.optional(),
});

export type SaveTemplateFromBriefing = z.output<typeof saveTemplateFromBriefingSchema>;
export type RenameTemplate = z.output<typeof renameTemplateSchema>;
export type CreateBriefingFromTemplate = z.output<typeof createBriefingFromTemplateSchema>;
