import { z } from 'zod';
import { type BriefingContent, briefingContentVersion, checkBriefingContent } from '../document/briefing-content';
import { briefingIdPattern } from './briefing-id';
import { briefingMetadataSchema } from './briefing-metadata';

/** Version of the stored briefing file; older files are migrated on read. */
export const briefingFileVersion = 2;

export const briefingIdSchema = z.string().regex(briefingIdPattern, 'That is not a briefing id.');

/**
 * The body, accepted only if it fits the briefing schema with safe links and images. A plain check
 * that adds its issue itself, not `superRefine`: under `superRefine` every body checked outlived the
 * next collection of young objects and moved to the old generation whole (about 20 KB of each stored
 * briefing read, against 2 KB without the check), which kept the search index's rebuild collecting.
 */
export const briefingContentSchema = z.custom<BriefingContent>().check((payload) => {
  const check = checkBriefingContent(payload.value);
  if (!check.ok) payload.issues.push({ code: 'custom', message: check.message, input: payload.value });
});

/** One briefing as stored in its own file and passed between main and renderer. */
export const briefingSchema = z.strictObject({
  schemaVersion: z.literal(briefingFileVersion),
  contentVersion: z.literal(briefingContentVersion),
  id: briefingIdSchema,
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  /** Increases with every save; used to detect a change made elsewhere before overwriting. */
  revision: z.number().int().min(1),
  templateId: z.string().max(80).nullable(),
  metadata: briefingMetadataSchema,
  content: briefingContentSchema,
});

export type Briefing = z.infer<typeof briefingSchema>;

/** What the library lists without opening the file. */
export interface BriefingSummary {
  id: string;
  title: string;
  status: Briefing['metadata']['status'];
  desk: string;
  tags: string[];
  authors: string[];
  datelinePlace: string;
  updatedAt: string;
  createdAt: string;
  wordCount: number;
  revision: number;
}
