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
