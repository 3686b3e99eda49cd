import { z } from 'zod';
import { earliestYear, isZonedDateTimeText, latestYear } from '../time/zoned-time';

/** An instant with the zone it is shown in (see `ZonedDateTimeText`), or empty. */
export const zonedDateTime = (label: string) =>
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
