import { z } from 'zod';
import { languageTagSchema } from '../language/language-tag';
import { briefingReviewSchema, emptyReview } from '../review/review-records';
import { classificationLevels } from '../settings';
import { shortTextSchema } from '../text/short-text-schema';
import { earliestYear, isKnownTimeZone, latestYear } from '../time/zoned-time';
import { briefingIdPattern } from './briefing-id';
import { correctionsLogSchema } from './corrections-log';
import { forcedExportsSchema } from './forced-export-record';
import { sourceListSchema } from './source-list';
import { unlockRecordSchema } from './unlock-record';
import { zonedDateTime } from './zoned-date-time-schema';

export const briefingStatuses = ['draft', 'in-review', 'approved', 'published', 'archived'] as const;

export type BriefingStatus = (typeof briefingStatuses)[number];

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
  /** Who or what the briefing's facts come from; citations and key figures point at them by id. */
  sources: sourceListSchema.default([]),
  /** Corrections, clarifications and updates, oldest first; printed at the end of every export. */
  corrections: correctionsLogSchema.default([]),
  /** The report this one updates (made with "New update from this one"), or empty. */
  previousReportId: z
    .union([z.literal(''), z.string().regex(briefingIdPattern, 'The previous report must be a briefing id.')])
    .default(''),
  /** Who unlocked an approved or published briefing for editing, and when; null while it stays locked. */
  unlocked: unlockRecordSchema.nullable().default(null),
  /** The language the briefing is written in (BCP 47); blocks and spans in another language say so themselves. */
  language: languageTagSchema.default('en'),
  /** Final exports made despite blocking findings of the pre-export check, oldest first. */
  forcedExports: forcedExportsSchema.default([]),
});

export type BriefingMetadata = z.infer<typeof briefingMetadataSchema>;

export type BriefingMetadataInput = z.input<typeof briefingMetadataSchema>;
