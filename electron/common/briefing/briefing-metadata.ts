import { z } from 'zod';
import { classificationLevels } from '../settings';
import { shortTextSchema } from '../text/short-text-schema';

export const briefingStatuses = ['draft', 'in-review', 'approved', 'published', 'archived'] as const;

export type BriefingStatus = (typeof briefingStatuses)[number];

/** An ISO 8601 date-time with its offset, e.g. 2026-11-26T06:00:00+02:00, or empty. */
const isoDateTime = (label: string) =>
  z.union([
    z.literal(''),
    z.iso.datetime({ offset: true, error: `${label} must be a date and time with its offset.` }),
  ]);

const isoDate = (label: string) =>
  z.union([z.literal(''), z.iso.date({ error: `${label} must be a date (YYYY-MM-DD).` })]);

const isoTime = (label: string) =>
  z.union([z.literal(''), z.iso.time({ precision: -1, error: `${label} must be a time (HH:MM).` })]);

/** An IANA time zone such as Europe/Kyiv, checked against the runtime's own list. */
const timeZone = z
  .string()
  .max(64)
  .refine((zone) => {
    if (zone === '' || zone === 'UTC') return true;
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'The time zone must be an IANA name such as Europe/Kyiv.');

export const classificationSchema = z.strictObject({
  level: z.enum(classificationLevels, {
    error: 'The classification must be public, internal, confidential or custom.',
  }),
  customLabel: shortTextSchema('A custom classification label', 40).default(''),
});

export type Classification = z.infer<typeof classificationSchema>;

/** Everything about a briefing that is not its body; shown in the header area above the text. */
export const briefingMetadataSchema = z.strictObject({
  title: shortTextSchema('The title', 300).default(''),
  datelinePlace: shortTextSchema('The dateline', 120).default(''),
  eventDate: isoDate('The event date').default(''),
  eventTime: isoTime('The event time').default(''),
  timeZone: timeZone.default('UTC'),
  asOf: isoDateTime('"As of"').default(''),
  authors: z
    .array(shortTextSchema('An author name', 120))
    .max(20, 'A briefing can name at most 20 authors.')
    .default([]),
  desk: shortTextSchema('The desk', 80).default(''),
  tags: z
    .array(shortTextSchema('A tag', 40).pipe(z.string().min(1, 'A tag cannot be empty.')))
    .max(30, 'A briefing can have at most 30 tags.')
    .default([]),
  status: z
    .enum(briefingStatuses, { error: 'The status must be draft, in review, approved, published or archived.' })
    .default('draft'),
  classification: classificationSchema.default({ level: 'internal', customLabel: '' }),
  reportNumber: z.number().int().min(1).max(1_000_000).nullable().default(null),
  periodStart: isoDate('The start of the period covered').default(''),
  periodEnd: isoDate('The end of the period covered').default(''),
  nextUpdate: isoDateTime('The next update').default(''),
  embargoUntil: isoDateTime('The embargo time').default(''),
});

export type BriefingMetadata = z.infer<typeof briefingMetadataSchema>;

export type BriefingMetadataInput = z.input<typeof briefingMetadataSchema>;

export const statusLabels: Record<BriefingStatus, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  approved: 'Approved',
  published: 'Published',
  archived: 'Archived',
};
