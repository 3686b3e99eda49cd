import { earliestYear, latestYear, type ZonedDateTimeText, zonedFromWallClock } from './zoned-time';

export type TypedDateTimeResult = { ok: true; value: ZonedDateTimeText } | { ok: false; message: string };

const monthNames = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function monthNumber(word: string): number | undefined {
  const lower = word.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return undefined;
  const index = monthNames.findIndex((name) => name === lower || (lower.length === 3 && name.startsWith(lower)));
  return index === -1 ? undefined : index + 1;
}

const time = String.raw`(?:,?\s+(?:at\s+)?|T)(\d{1,2}):(\d{2})`;
/** 2026-11-26 06:00 or 2026-11-26T06:00 */
const isoForm = new RegExp(String.raw`^(\d{4,})-(\d{2})-(\d{2})${time}$`);
/** 26 November 2026 06:00, 26 Nov 2026, 06:00 */
const dayMonthYearForm = new RegExp(String.raw`^(\d{1,2})\s+([A-Za-z]+\.?)\s+(\d{4,})${time}$`);
/** November 26, 2026 06:00 */
const monthDayYearForm = new RegExp(String.raw`^([A-Za-z]+\.?)\s+(\d{1,2}),?\s+(\d{4,})${time}$`);

const formats = '2026-11-26 06:00 or 26 November 2026 06:00';

function refusal(text: string, reason: string): TypedDateTimeResult {
  return { ok: false, message: `“${text}” ${reason} Write it as ${formats}.` };
}

function fields(text: string): [number, number | undefined, number, number, number] | TypedDateTimeResult {
  const iso = isoForm.exec(text);
  if (iso) {
    const [year, month, day, hour, minute] = iso.slice(1).map(Number) as [number, number, number, number, number];
    return [year, month, day, hour, minute];
  }
  const dayFirst = dayMonthYearForm.exec(text);
  if (dayFirst) {
    const [, day, month, year, hour, minute] = dayFirst as unknown as string[];
    return [Number(year), monthNumber(month as string), Number(day), Number(hour), Number(minute)];
  }
  const monthFirst = monthDayYearForm.exec(text);
  if (monthFirst) {
    const [, month, day, year, hour, minute] = monthFirst as unknown as string[];
    return [Number(year), monthNumber(month as string), Number(day), Number(hour), Number(minute)];
  }
  if (/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}/.test(text)) {
    return refusal(text, 'could be read day-first or month-first.');
  }
  if (/^(\d{1,2}\s+[A-Za-z]+\.?|[A-Za-z]+\.?\s+\d{1,2})(,?\s+(at\s+)?\d{1,2}:\d{2})?$/.test(text)) {
    return refusal(text, 'has no year.');
  }
  if (/^(\d{4}-\d{2}-\d{2}|\d{1,2}\s+[A-Za-z]+\.?\s+\d{4}|[A-Za-z]+\.?\s+\d{1,2},?\s+\d{4})$/.test(text)) {
    return refusal(text, 'has no time of day.');
  }
  return refusal(text, 'is not a date and time Briefdesk can read without guessing.');
}

/**
 * Reads a date and time the user typed, as a wall clock in `timeZone`. Only
 * unambiguous forms are read (ISO order, or the month as a word, always with a
 * year and a 24-hour time); anything else is refused with a sentence saying why.
 * An empty text is an empty value.
 */
export function parseTypedDateTime(typed: string, timeZone: string): TypedDateTimeResult {
  const text = typed.trim().replace(/\s+/g, ' ');
  if (text === '') return { ok: true, value: '' };
  const read = fields(text);
  if (!Array.isArray(read)) return read;
  const [year, month, day, hour, minute] = read;
  if (month === undefined) return refusal(text, 'names a month Briefdesk does not know.');
  if (year < earliestYear || year > latestYear) {
    return refusal(text, `has the year ${year}; times must fall between ${earliestYear} and ${latestYear}.`);
  }
  if (hour > 23 || minute > 59) return refusal(text, 'has a time of day that does not exist.');
  const pad = (value: number) => String(value).padStart(2, '0');
  const value = zonedFromWallClock(`${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`, timeZone);
  if (value === undefined) return refusal(text, 'is not a day of the calendar.');
  return { ok: true, value };
}
