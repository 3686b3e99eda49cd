import { z } from 'zod';
import { type BriefingContent, briefingContentVersion, checkBriefingContent } from '../document/briefing-content';
import { briefingIdPattern } from './briefing-id';
import { briefingMetadataSchema } from './briefing-metadata';

/** Version of the stored briefing file; older files are migrated on read. */
export const briefingFileVersion = 2;

export const briefingIdSchema = z.string().regex(briefingIdPattern, 'That is not a briefing id.');

/** The body, accepted only if it fits the briefing schema with safe links and images. */
export const briefingContentSchema = z.custom<BriefingContent>().superRefine((value, context) => {
  const check = checkBriefingContent(value);
  if (!check.ok) context.addIssue({ code: 'custom', message: check.message });
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
