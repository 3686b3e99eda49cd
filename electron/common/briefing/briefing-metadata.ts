import { z } from 'zod';
import { briefingReviewSchema, emptyReview } from '../review/review-records';
import { classificationLevels } from '../settings';
import { shortTextSchema } from '../text/short-text-schema';
import { earliestYear, isKnownTimeZone, isZonedDateTimeText, latestYear } from '../time/zoned-time';

export const briefingStatuses = ['draft', 'in-review', 'approved', 'published', 'archived'] as const;

export type BriefingStatus = (typeof briefingStatuses)[number];

/** An instant with the zone it is shown in (see `ZonedDateTimeText`), or empty. */
const zonedDateTime = (label: string) =>
  z.union([
    z.literal(''),
    z
      .string()
      .max(100)
      .refine(
        isZonedDateTimeText,
        `${label} must be a date and time between ${earliestYear} and ${latestYear} with its time zone.`,
      ),
  ]);

/** A calendar day (YYYY-MM-DD) in the briefing's zone, or empty. */
const isoDate = (label: string) =>
  z.union([
    z.literal(''),
    z.iso.date({ error: `${label} must be a date (YYYY-MM-DD).` }).refine((date) => {
      const year = Number(date.slice(0, 4));
      return year >= earliestYear && year <= latestYear;
    }, `${label} must fall between ${earliestYear} and ${latestYear}.`),
  ]);

const isoTime = (label: string) =>
  z.union([z.literal(''), z.iso.time({ precision: -1, error: `${label} must be a time (HH:MM).` })]);

/** An IANA time zone such as Europe/Kyiv, checked against the runtime's own list. */
const timeZone = z
  .string()
  .max(64)
  .refine((zone) => zone === 'UTC' || isKnownTimeZone(zone), 'The time zone must be an IANA name such as Europe/Kyiv.');

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
  /** The event's day and wall-clock time in `timeZone`; together with the zone they name the event's instant. */
  eventDate: isoDate('The event date').default(''),
  eventTime: isoTime('The event time').default(''),
  timeZone: timeZone.default('UTC'),
  asOf: zonedDateTime('"As of"').default(''),
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
  /** The period covered, as calendar days in `timeZone`. */
  periodStart: isoDate('The start of the period covered').default(''),
  periodEnd: isoDate('The end of the period covered').default(''),
  nextUpdate: zonedDateTime('The next update').default(''),
  embargoUntil: zonedDateTime('The embargo time').default(''),
  /** Comment threads and who suggested each tracked change (docs/review.md); the marks in the body point here. */
  review: briefingReviewSchema.default(emptyReview),
});

export type BriefingMetadata = z.infer<typeof briefingMetadataSchema>;

export type BriefingMetadataInput = z.input<typeof briefingMetadataSchema>;
