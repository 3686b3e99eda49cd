import { z } from 'zod';
import type { Briefing } from '../briefing/briefing';
import { briefingIdSchema } from '../briefing/briefing';
import { briefingMetadataSchema } from '../briefing/briefing-metadata';
import { limitMessages } from '../limits/input-limits';
import { containsControlCharacters } from '../text/control-characters';
import { type DroppedClutter, importFormats, maximumImportBytes } from './import-result';

/** What the user corrected on the Import screen before the briefing is created. */
export const importCorrectionsSchema = z.strictObject({
  title: briefingMetadataSchema.shape.title.optional(),
  datelinePlace: briefingMetadataSchema.shape.datelinePlace.optional(),
  eventDate: briefingMetadataSchema.shape.eventDate.optional(),
});

export type ImportCorrections = z.infer<typeof importCorrectionsSchema>;

const importOptionsShape = {
  /** A template to fill with the imported text. */
  templateId: z.string().max(80).nullable().optional(),
  /** Keep site clutter: the Undo of the dropped-clutter notice. */
  keepClutter: z.boolean().optional(),
  /** Import even when no article text is found (the user's answer to a `no-article` refusal). */
  allowEmpty: z.boolean().optional(),
  /** Put the import into this briefing as a new revision instead of creating one (used by Undo). */
  replace: z.strictObject({ id: briefingIdSchema, revision: z.number().int().min(1) }).optional(),
  /** Title, dateline and date as the user corrected them; they win over what the import found. */
  corrections: importCorrectionsSchema.optional(),
};

const importSourceShape = {
  text: z.string({ error: 'The text to import must be text.' }).max(maximumImportBytes, limitMessages.importBytes),
  format: z.enum(importFormats, { error: 'The format must be html, markdown, text or docx.' }),
  sourceName: z
    .string()
    .max(200)
    .refine((name) => !containsControlCharacters(name), 'The file name cannot contain control characters.')
    .optional(),
  keepClutter: z.boolean().optional(),
  allowEmpty: z.boolean().optional(),
};

/** `import.preview`: read the text without creating a briefing, so the user can check what was found. */
export const importPreviewRequestSchema = z.strictObject(importSourceShape);

export type ImportPreviewRequest = z.infer<typeof importPreviewRequestSchema>;

/** What an import would create: the facts found (to correct), its size, what was dropped and the notices. */
export interface ImportPreview {
  metadata: { title: string; datelinePlace: string; eventDate: string };
  words: number;
  sections: number;
  dropped: DroppedClutter[];
  notices: string[];
}

/** `import.text`: pasted or dropped text and how to read it. */
export const importTextRequestSchema = z.strictObject({
  text: z.string({ error: 'The text to import must be text.' }).max(maximumImportBytes, limitMessages.importBytes),
  format: z.enum(importFormats, { error: 'The format must be html, markdown, text or docx.' }),
  /** The dropped file's name without extension, used as the title when the text has none. */
  sourceName: z
    .string()
    .max(200)
    .refine((name) => !containsControlCharacters(name), 'The file name cannot contain control characters.')
    .optional(),
  ...importOptionsShape,
});

export type ImportTextRequest = z.infer<typeof importTextRequestSchema>;

/** What an import gives back: the new (or replaced) briefing, what was dropped, and what to tell the user. */
export interface ImportOutcome {
  briefing: Briefing;
  dropped: DroppedClutter[];
  notices: string[];
}
