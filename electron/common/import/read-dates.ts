const months: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase().replace(/\.$/, '');
  return months[key] ?? months[key.slice(0, 3)];
}

function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The year that puts a day without one closest before `now` (a dateline is rarely in the future). */
function inferYear(month: number, day: number, now: Date): number {
  const year = now.getUTCFullYear();
  const candidate = Date.UTC(year, month - 1, day);
  return candidate > now.getTime() + 7 * 86_400_000 ? year - 1 : year;
}

const monthName =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const dayFirst = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${monthName}(?:,?\\s+(\\d{4}))?\\b`, 'iu');
const monthFirst = new RegExp(`\\b${monthName}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`, 'iu');
const isoPattern = /\b(\d{4})-(\d{2})-(\d{2})\b/;

/** Reads a calendar date written in English ("25 November 2026", "Nov 25", "2026-11-25") as YYYY-MM-DD. */
export function readWrittenDate(text: string, now: Date): string | undefined {
  const iso = isoPattern.exec(text);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const first = dayFirst.exec(text);
  const second = monthFirst.exec(text);
  const useDayFirst = first && (!second || first.index <= second.index);
  const [day, month, year] = useDayFirst
    ? [Number(first[1]), monthNumber(first[2] ?? ''), first[3]]
    : second
      ? [Number(second[2]), monthNumber(second[1] ?? ''), second[3]]
      : [0, undefined, undefined];
  if (!month || day < 1) return undefined;
  return isoDate(year ? Number(year) : inferYear(month, day, now), month, day);
}

export interface Dateline {
  place: string;
  date?: string;
}

const datelinePattern =
  /^\s*(\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}?)(?:\s*,\s*(\p{Lu}[\p{L} .'’-]{1,30}?))?\s*(?:,\s*([\p{L}\p{N} .,]{3,25}?))?\s*(?:\(([^)]{2,40})\))?(?:\s*[–—]|\s+-)\s*\S/u;

/**
 * Reads an agency dateline at the start of a lede: "KYIV, Nov 25 (Reuters) – …",
 * "GENEVA (AP) — …". The place is in capitals; a date or an agency must follow.
 */
export function readDateline(text: string, now: Date): Dateline | undefined {
  const match = datelinePattern.exec(text);
  if (!match?.[1]) return undefined;
  const [, place, , written, agency] = match;
  const date = written ? readWrittenDate(written, now) : undefined;
  if (!date && !agency) return undefined;
  const cleanPlace = place.trim();
  if (cleanPlace.length < 2 || !/\p{Lu}{2}/u.test(cleanPlace)) return undefined;
  return { place: cleanPlace, ...(date ? { date } : {}) };
}

/** The date part of an ISO date-time (`<time datetime>`, `article:published_time`). */
export function readMachineDate(value: string | null | undefined): string | undefined {
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  return match ? isoDate(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
}

const periodPattern = new RegExp(
  `\\b(\\d{1,2})(?:\\s+${monthName})?(?:\\s+(\\d{4}))?\\s*(?:[–—-]|to|until)\\s*(\\d{1,2})\\s+${monthName}\\s+(\\d{4})\\b`,
  'iu',
);

/** Reads a period such as "18–24 November 2026" or "28 October – 3 November 2026". */
export function readPeriod(text: string): { start: string; end: string } | undefined {
  const match = periodPattern.exec(text);
  if (!match) return undefined;
  const [, startDay, startMonthName, startYear, endDay, endMonthName, endYear] = match;
  const endMonth = monthNumber(endMonthName ?? '');
  const startMonth = startMonthName ? monthNumber(startMonthName) : endMonth;
  if (!endMonth || !startMonth) return undefined;
  const end = isoDate(Number(endYear), endMonth, Number(endDay));
  const startYearNumber = startYear ? Number(startYear) : startMonth > endMonth ? Number(endYear) - 1 : Number(endYear);
  const start = isoDate(startYearNumber, startMonth, Number(startDay));
  return start && end && start <= end ? { start, end } : undefined;
}
