import type { Briefing } from '../../common/briefing/briefing';
import { type ExportDigits, type ExportLocale, exportLocaleOf } from '../../common/language/export-locale';
import { isKnownTimeZone, offsetDateTimeOf, readZonedDateTime } from '../../common/time/zoned-time';

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per locale, zone and style, kept: a long briefing formats hundreds of times, and making a formatter costs far more than using one. */
function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateTimeFormats.set(key, format);
  }
  return format;
}

function zoneLabel(date: Date, timeZone: string, { locale, numberingSystem }: ExportLocale): string {
  const short =
    dateTimeFormat(locale, { timeZone, timeZoneName: 'short', numberingSystem })
      .formatToParts(date)
      .find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
  return short === timeZone ? short : `${short} (${timeZone})`;
}

/**
 * "26 November 2026 at 06:00 EET (Europe/Kyiv)", "1 décembre 2026 à 06:00 UTC+2 (Europe/Kyiv)": a stored
 * time in its own zone, or an ISO instant in `timeZone`, in the export's language, always with the zone;
 * '' for anything else, which is never printed as if it were a time.
 */
export function formatIsoDateTime(text: string, timeZone: string, exportLocale: ExportLocale): string {
  const zoned = readZonedDateTime(text);
  const zone = zoned?.timeZoneId ?? (isKnownTimeZone(timeZone) ? timeZone : 'UTC');
  const date = new Date(zoned ? zoned.epochMilliseconds : /[zZ]|[+-]\d{2}:\d{2}$/.test(text) ? text : Number.NaN);
  if (Number.isNaN(date.getTime())) return '';
  const wallClock = dateTimeFormat(exportLocale.locale, {
    timeZone: zone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    numberingSystem: exportLocale.numberingSystem,
  }).format(date);
  return `${wallClock} ${zoneLabel(date, zone, exportLocale)}`;
}

/** The value for `<time datetime>`: a stored time as ISO with its offset (HTML knows no zone names); other text as it is. */
export function machineDateTime(text: string): string {
  return offsetDateTimeOf(text) || text;
}

/** "26 November 2026", "1 de diciembre de 2026" for an ISO date (YYYY-MM-DD); other text as it is. */
export function formatIsoDate(isoDate: string, { locale, numberingSystem }: ExportLocale): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate) || Number.isNaN(date.getTime())) return isoDate;
  return dateTimeFormat(locale, {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    numberingSystem,
  }).format(date);
}

/** "06:00", "٠٦:٠٠" for a wall-clock time (HH:MM, a briefing's event time); other text as it is. */
export function formatWallClockTime(time: string, { locale, numberingSystem }: ExportLocale): string {
  const match = /^(\d{2}):(\d{2})/.exec(time);
  if (!match) return time;
  const date = new Date(Date.UTC(2000, 0, 1, Number(match[1]), Number(match[2])));
  if (Number.isNaN(date.getTime())) return time;
  return dateTimeFormat(locale, {
    timeZone: 'UTC',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    numberingSystem,
  }).format(date);
}

/** A count or number the export itself writes (report number, revision), in the export's digits, without grouping. */
export function formatExportNumber(value: number, { locale, numberingSystem }: ExportLocale): string {
  return new Intl.NumberFormat(locale, { numberingSystem, useGrouping: false }).format(value);
}

/** The locale an export of these briefings writes in: their language when they share one, else English. */
export function exportLocaleOfBriefings(
  briefings: readonly Pick<Briefing, 'metadata'>[],
  digits: ExportDigits | undefined,
): ExportLocale {
  const languages = new Set(briefings.map((briefing) => briefing.metadata.language));
  return exportLocaleOf(languages.size === 1 ? ([...languages][0] as string) : 'en', digits ?? 'western');
}
