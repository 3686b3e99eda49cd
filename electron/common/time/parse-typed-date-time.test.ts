import { describe, expect, it } from 'vitest';
import { parseTypedDateTime } from './parse-typed-date-time';

const read = (typed: string, zone = 'Europe/Kyiv') => parseTypedDateTime(typed, zone);

describe('parseTypedDateTime', () => {
  it.each([
    ['2026-11-26 06:00', '2026-11-26T06:00:00+02:00[Europe/Kyiv]'],
    ['2026-11-26T06:00', '2026-11-26T06:00:00+02:00[Europe/Kyiv]'],
    ['26 November 2026 06:00', '2026-11-26T06:00:00+02:00[Europe/Kyiv]'],
    ['1 Dec 2026, 06:00', '2026-12-01T06:00:00+02:00[Europe/Kyiv]'],
    ['December 1, 2026 at 6:05', '2026-12-01T06:05:00+02:00[Europe/Kyiv]'],
    ['  ', ''],
  ])('reads “%s”', (typed, stored) => {
    expect(read(typed)).toEqual({ ok: true, value: stored });
  });

  it.each([
    ['1 Dec 06:00', /has no year/],
    ['01/12/2026 06:00', /day-first or month-first/],
    ['12.01.2026 06:00', /day-first or month-first/],
    ['this morning', /not a date and time/],
    ['202608-01-01T06:00', /year 202608.*between 1900 and 2100/],
    ['1 Dec 1899 06:00', /year 1899/],
    ['31 February 2026 06:00', /not a day of the calendar/],
    ['26 November 2026', /no time of day/],
    ['2026-11-26 25:00', /time of day that does not exist/],
    ['26 Novembre 2026 06:00', /month Briefdesk does not know/],
  ])('refuses “%s” with a sentence', (typed, reason) => {
    const result = read(typed);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(reason);
      expect(result.message).toContain('Write it as 2026-11-26 06:00');
    }
  });
});

const refusalOf = (typed: string) => {
  const result = read(typed, 'UTC');
  if (result.ok) throw new Error(`“${typed}” was read as ${result.value}`);
  return result.message;
};

describe('parseTypedDateTime at its edges', () => {
  it.each([
    ['26 Nov. 2026 06:00', '2026-11-26T06:00:00+00:00[UTC]'],
    ['26 NOV 2026 06:00', '2026-11-26T06:00:00+00:00[UTC]'],
    ['Nov 26 2026, at 6:00', '2026-11-26T06:00:00+00:00[UTC]'],
    ['26   November\t2026   06:00', '2026-11-26T06:00:00+00:00[UTC]'],
    ['1900-01-01 00:00', '1900-01-01T00:00:00+00:00[UTC]'],
    ['2100-12-31 23:59', '2100-12-31T23:59:00+00:00[UTC]'],
  ])('reads “%s”', (typed, stored) => {
    expect(read(typed, 'UTC')).toEqual({ ok: true, value: stored });
  });

  it.each([
    ['26 No 2026 06:00', /month Briefdesk does not know/],
    ['26 Novem 2026 06:00', /month Briefdesk does not know/],
    ['2101-01-01 00:00', /year 2101/],
    ['2026-11-26 23:60', /time of day that does not exist/],
    ['2026-11-26 24:00', /time of day that does not exist/],
    ['November 26 06:00', /has no year/],
    ['26 November', /has no year/],
    ['2026-11-26', /no time of day/],
    ['November 26, 2026', /no time of day/],
    ['November 26 2026', /no time of day/],
    ['26  November   2026', /no time of day/],
    ['12-01-26', /day-first or month-first/],
    ['2026-11-26 06:00 tomorrow', /not a date and time/],
  ])('refuses “%s”, quoting it', (typed, reason) => {
    const message = refusalOf(typed);
    expect(message).toMatch(reason);
    expect(message).toContain(`“${typed.trim().replace(/\s+/g, ' ')}”`);
  });
});
