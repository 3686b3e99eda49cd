import { describe, expect, it } from 'vitest';
import {
  inTimeZone,
  isZonedDateTimeText,
  offsetDateTimeOf,
  wallClockOf,
  zonedAt,
  zonedFromOffsetDateTime,
  zonedFromWallClock,
} from './zoned-time';

describe('zoned time', () => {
  it('stores a wall clock in a zone as the instant with that zone’s offset and the zone, across DST', () => {
    expect(zonedFromWallClock('2026-11-26T06:00', 'Europe/Kyiv')).toBe('2026-11-26T06:00:00+02:00[Europe/Kyiv]');
    expect(zonedFromWallClock('2026-07-01T06:00', 'Europe/Kyiv')).toBe('2026-07-01T06:00:00+03:00[Europe/Kyiv]');
    expect(zonedFromWallClock('2026-11-26T06:00', 'America/New_York')).toBe(
      '2026-11-26T06:00:00-05:00[America/New_York]',
    );
    expect(zonedFromWallClock('2026-11-26T06:00', 'Asia/Kolkata')).toBe('2026-11-26T06:00:00+05:30[Asia/Kolkata]');
    expect(zonedFromWallClock('2026-11-26T06:00', 'UTC')).toBe('2026-11-26T06:00:00+00:00[UTC]');
  });

  it('refuses what is not a wall clock, a day that does not exist, a year out of range or an unknown zone', () => {
    expect(zonedFromWallClock('', 'UTC')).toBeUndefined();
    expect(zonedFromWallClock('2026-02-30T06:00', 'UTC')).toBeUndefined();
    expect(zonedFromWallClock('1899-12-31T23:59', 'UTC')).toBeUndefined();
    expect(zonedFromWallClock('2101-01-01T00:00', 'UTC')).toBeUndefined();
    expect(zonedFromWallClock('202608-01-01T06:00', 'UTC')).toBeUndefined();
    expect(zonedFromWallClock('2026-11-26T06:00', 'Mars/Olympus')).toBeUndefined();
  });

  it('keeps the instant when the zone changes and shows the new wall clock', () => {
    const asOf = '2026-11-26T02:36:00+00:00[UTC]';
    const inKyiv = inTimeZone(asOf, 'Europe/Kyiv');
    expect(inKyiv).toBe('2026-11-26T04:36:00+02:00[Europe/Kyiv]');
    expect(offsetDateTimeOf(inKyiv)).toBe('2026-11-26T04:36:00+02:00');
    expect(Date.parse(offsetDateTimeOf(inKyiv))).toBe(Date.parse('2026-11-26T02:36:00Z'));
    expect(wallClockOf(asOf, 'Europe/Kyiv')).toBe('2026-11-26T04:36');
    expect(wallClockOf(inKyiv)).toBe('2026-11-26T04:36');
  });

  it('reads only the stored form, keeping the stored offset even where zone rules would say otherwise', () => {
    expect(isZonedDateTimeText('2026-11-26T06:00:00+02:00[Europe/Kyiv]')).toBe(true);
    expect(isZonedDateTimeText('2026-11-26T06:00:00+02:00')).toBe(false);
    expect(isZonedDateTimeText('1 Dec 06:00')).toBe(false);
    expect(isZonedDateTimeText('202608-11-26T06:00:00+02:00[Europe/Kyiv]')).toBe(false);
    const offsetAgainstRules = '2026-11-26T06:00:00+03:00[Europe/Kyiv]';
    expect(Date.parse(offsetDateTimeOf(offsetAgainstRules))).toBe(Date.parse('2026-11-26T03:00:00Z'));
    expect(wallClockOf('not a date')).toBe('');
  });

  it('turns an instant, or an ISO time with an offset, into a stored time in a zone', () => {
    expect(zonedAt(Date.parse('2026-11-26T04:00:30Z'), 'Europe/Kyiv')).toBe('2026-11-26T06:00:00+02:00[Europe/Kyiv]');
    expect(zonedFromOffsetDateTime('2026-11-26T04:00:00Z', 'Europe/Kyiv')).toBe(
      '2026-11-26T06:00:00+02:00[Europe/Kyiv]',
    );
    expect(zonedFromOffsetDateTime('2026-11-26T06:00:00-05:00', 'UTC')).toBe('2026-11-26T11:00:00+00:00[UTC]');
    expect(zonedFromOffsetDateTime('this morning', 'UTC')).toBeUndefined();
  });
});
