import { zonedAt } from '../time/zoned-time';

/** The moment a briefing is created, as the template variables and metadata need it. */
export interface TemplateMoment {
  /** Wire style for text, e.g. "26 November 2026". */
  dateText: string;
  /** Local time with the zone's short name for text, e.g. "08:15 EET". */
  timeText: string;
  /** ISO date in the time zone, e.g. "2026-11-26". */
  isoDate: string;
  /** Local hours and minutes, e.g. "08:15". */
  isoTime: string;
  /** The instant with its zone, to the minute, e.g. "2026-11-26T08:15:00+02:00[Europe/Kyiv]". */
  isoDateTime: string;
}

/** Describes `now` in `timeZone` (an IANA name) for the template variables and metadata. */
export function describeMoment(now: Date, timeZone: string): TemplateMoment {
  const isoDateTime = zonedAt(now.getTime(), timeZone);
  const isoDate = isoDateTime.slice(0, 10);
  const isoTime = isoDateTime.slice(11, 16);
  const zoneName =
    new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' })
      .formatToParts(now)
      .find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
  return {
    dateText: new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(
      now,
    ),
    timeText: `${isoTime} ${zoneName}`,
    isoDate,
    isoTime,
    isoDateTime,
  };
}
