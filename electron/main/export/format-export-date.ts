import { isKnownTimeZone, offsetDateTimeOf, readZonedDateTime } from '../../common/time/zoned-time';

function zoneLabel(date: Date, timeZone: string): string {
  const short =
    new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' })
      .formatToParts(date)
      .find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
  return short === timeZone ? short : `${short} (${timeZone})`;
}

/**
 * "26 November 2026 at 06:00 EET (Europe/Kyiv)": a stored time in its own zone, or an
 * ISO instant in `timeZone`, always with the zone; '' for anything else, which is never printed as if it were a time.
 */
export function formatIsoDateTime(text: string, timeZone: string): string {
  const zoned = readZonedDateTime(text);
  const zone = zoned?.timeZoneId ?? (isKnownTimeZone(timeZone) ? timeZone : 'UTC');
  const date = new Date(zoned ? zoned.epochMilliseconds : /[zZ]|[+-]\d{2}:\d{2}$/.test(text) ? text : Number.NaN);
  if (Number.isNaN(date.getTime())) return '';
  const wallClock = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
  return `${wallClock} ${zoneLabel(date, zone)}`;
}

/** The value for `<time datetime>`: a stored time as ISO with its offset (HTML knows no zone names); other text as it is. */
export function machineDateTime(text: string): string {
  return offsetDateTimeOf(text) || text;
}

/** "26 November 2026" for an ISO date (YYYY-MM-DD). */
export function formatIsoDate(isoDate: string): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate) || Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(
    date,
  );
}
