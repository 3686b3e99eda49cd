import { Temporal } from 'temporal-polyfill';
import { rememberingAnswers } from '../text/remembered-answers';

/**
 * A time as Briefdesk stores it: the instant and the zone it is shown in, in the
 * RFC 9557 form Temporal writes, e.g. `2026-11-26T06:00:00+02:00[Europe/Kyiv]`.
 * The offset fixes the instant; the bracketed zone says which wall clock to show.
 */
export type ZonedDateTimeText = string;

/** The years a briefing's times may fall in; anything else is a typing slip. */
export const earliestYear = 1900;
export const latestYear = 2100;

const zonedDateTimePattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}\[[A-Za-z0-9_+\-/]{1,64}\]$/;
const wallClockPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** Whether `timeZone` is an IANA zone name this runtime knows. */
export function isKnownTimeZone(timeZone: string): boolean {
  if (timeZone === '' || timeZone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The computer's own IANA zone, UTC when the runtime cannot tell. */
export function systemTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isKnownTimeZone(zone) ? zone : 'UTC';
}

const isInYearRange = (year: number) => year >= earliestYear && year <= latestYear;

function toText(zoned: Temporal.ZonedDateTime): ZonedDateTimeText {
  return zoned.toString({ smallestUnit: 'second', roundingMode: 'trunc' });
}

/** The stored text as a Temporal value, or undefined when it is not a stored time (or its year is out of range). */
export function readZonedDateTime(text: string): Temporal.ZonedDateTime | undefined {
  if (!zonedDateTimePattern.test(text)) return undefined;
  try {
    // The offset wins over today's zone rules, so the stored instant never moves.
    const zoned = Temporal.ZonedDateTime.from(text, { offset: 'use' });
    return isInYearRange(zoned.year) ? zoned : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a text of the stored form is a stored time, remembered per text: the zone rules do not change while the app runs. */
const isReadableStoredForm = rememberingAnswers((text) => readZonedDateTime(text) !== undefined);

/**
 * Whether `text` is a stored time: an instant with its zone, in the years Briefdesk accepts. Remembered per text,
 * because every save checks every key figure's and claim's time again, nearly always the same few texts.
 */
export function isZonedDateTimeText(text: string): boolean {
  // Only texts of the stored form, at most about 100 characters, are remembered.
  return zonedDateTimePattern.test(text) && isReadableStoredForm(text);
}

/**
 * The wall clock `YYYY-MM-DDTHH:MM` (a `datetime-local` value) in `timeZone` as a stored
 * time, or undefined when it is not such a value, its year is out of range or the zone is unknown.
 */
export function zonedFromWallClock(wallClock: string, timeZone: string): ZonedDateTimeText | undefined {
  const match = wallClockPattern.exec(wallClock);
  if (!match || !isKnownTimeZone(timeZone)) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (!isInYearRange(year)) return undefined;
  try {
    const wall = Temporal.PlainDateTime.from({ year, month, day, hour, minute }, { overflow: 'reject' });
    return toText(wall.toZonedDateTime(timeZone, { disambiguation: 'compatible' }));
  } catch {
    return undefined;
  }
}

/** The wall clock `YYYY-MM-DDTHH:MM` of a stored time in `timeZone` (its own zone when omitted); '' when unreadable. */
export function wallClockOf(text: ZonedDateTimeText, timeZone?: string): string {
  const zoned = readZonedDateTime(text);
  if (!zoned) return '';
  const shown = timeZone && isKnownTimeZone(timeZone) ? zoned.withTimeZone(timeZone) : zoned;
  return shown.toPlainDateTime().toString({ smallestUnit: 'minute', roundingMode: 'trunc' });
}

/** The same instant shown in `timeZone`; '' stays '' and an unreadable text is returned unchanged. */
export function inTimeZone(text: ZonedDateTimeText, timeZone: string): ZonedDateTimeText {
  const zoned = readZonedDateTime(text);
  if (!zoned || !isKnownTimeZone(timeZone)) return text;
  return toText(zoned.withTimeZone(timeZone));
}

/** `instant` (epoch milliseconds) in `timeZone`, to the minute. */
export function zonedAt(instant: number, timeZone: string): ZonedDateTimeText {
  const zoned = Temporal.Instant.fromEpochMilliseconds(instant).toZonedDateTimeISO(timeZone);
  return toText(zoned.round({ smallestUnit: 'minute', roundingMode: 'trunc' }));
}

/** An ISO 8601 date-time with an offset or Z (an instant) shown in `timeZone`; undefined when it is not one. */
export function zonedFromOffsetDateTime(iso: string, timeZone: string): ZonedDateTimeText | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.test(iso)) return undefined;
  if (!isKnownTimeZone(timeZone)) return undefined;
  try {
    const zoned = Temporal.Instant.from(iso).toZonedDateTimeISO(timeZone);
    return isInYearRange(zoned.year) ? toText(zoned) : undefined;
  } catch {
    return undefined;
  }
}

/** The instant with its offset and without the zone, e.g. for HTML's `<time datetime>`: 2026-11-26T06:00:00+02:00. */
export function offsetDateTimeOf(text: ZonedDateTimeText): string {
  const zoned = readZonedDateTime(text);
  if (!zoned) return '';
  return zoned.toString({ smallestUnit: 'second', roundingMode: 'trunc', timeZoneName: 'never' });
}

/** The zone a stored time is shown in; '' when unreadable. */
export function timeZoneOf(text: ZonedDateTimeText): string {
  return readZonedDateTime(text)?.timeZoneId ?? '';
}

/** Epoch milliseconds of a stored time; NaN when unreadable. */
export function epochMillisecondsOf(text: ZonedDateTimeText): number {
  return readZonedDateTime(text)?.epochMilliseconds ?? Number.NaN;
}
