import { z } from 'zod';
import { isSafeLinkUrl } from '../document/marks/link/link-policy';
import { shortTextSchema } from '../text/short-text-schema';
import { zonedDateTime } from './zoned-date-time-schema';

/** Kinds of source a newsroom tells apart. */
export const sourceTypes = [
  'official',
  'agency',
  'ngo-un',
  'witness',
  'social-media',
  'document',
  'own-reporting',
] as const;

export type SourceType = (typeof sourceTypes)[number];

export const sourceTypeLabels: Record<SourceType, string> = {
  official: 'Official',
  agency: 'News agency',
  'ngo-un': 'NGO / UN',
  witness: 'Witness',
  'social-media': 'Social media',
  document: 'Document',
  'own-reporting': 'Own reporting',
};

/** A source id: what citations and key figures store. */
export const sourceIdPattern = /^[a-z0-9][a-z0-9-]{0,63}$/;

export const sourceIdSchema = z.string().regex(sourceIdPattern, 'That is not a source id.');

/** One source of the briefing's facts. The private note never leaves the app. */
export const sourceSchema = z.strictObject({
  id: sourceIdSchema,
  /** A name ("State Emergency Service") or, for an anonymous source, a description ("a local official"). */
  name: shortTextSchema('A source name', 200).pipe(z.string().min(1, 'Give the source a name or a description.')),
  type: z.enum(sourceTypes, { error: 'Choose a source type from the list.' }).default('official'),
  /** False for a source the briefing does not name. */
  named: z.boolean().default(true),
  link: z
    .union([
      z.literal(''),
      z.string().max(2048).refine(isSafeLinkUrl, 'A source link must be an http, https or mailto address.'),
    ])
    .default(''),
  /** When the source was accessed or heard: an instant with its zone, or empty. */
  accessedAt: zonedDateTime('When the source was accessed').default(''),
  /** For the desk only: never printed, exported or sent anywhere. */
  privateNote: shortTextSchema('A private note', 1000).default(''),
});

export type BriefingSource = z.infer<typeof sourceSchema>;

export const sourceListSchema = z
  .array(sourceSchema)
  .max(300, 'A briefing can list at most 300 sources.')
  .refine((sources) => new Set(sources.map((source) => source.id)).size === sources.length, 'Two sources share an id.');

/** A new source id, unique within `taken`. */
export function newSourceId(taken: readonly { id: string }[]): string {
  const used = new Set(taken.map((source) => source.id));
  for (let number = used.size + 1; ; number += 1) {
    const id = `source-${number}`;
    if (!used.has(id)) return id;
  }
}
