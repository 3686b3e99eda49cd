import { afterEach, describe, expect, it, vi } from 'vitest';
import { timeZoneNames } from './time-zone-names';
import {
  epochMillisecondsOf,
  inTimeZone,
  isKnownTimeZone,
  isZonedDateTimeText,
  offsetDateTimeOf,
  readZonedDateTime,
  systemTimeZone,
  timeZoneOf,
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

afterEach(() => {
  vi.restoreAllMocks();
});

describe('zoned time at its edges', () => {
  it('knows IANA zones and refuses empty, overlong and invented names', () => {
    expect(isKnownTimeZone('Europe/Kyiv')).toBe(true);
    expect(isKnownTimeZone('UTC')).toBe(true);
    expect(isKnownTimeZone('')).toBe(false);
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false);
    expect(isKnownTimeZone(`Europe/${'K'.repeat(60)}`)).toBe(false);
  });

  it('uses the computer’s zone, or UTC when the runtime names none or one it does not know', () => {
    const resolvedOptions = vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions');
    const options = (timeZone: string | undefined) =>
      ({ locale: 'en', calendar: 'gregory', numberingSystem: 'latn', timeZone }) as Intl.ResolvedDateTimeFormatOptions;
    resolvedOptions.mockReturnValue(options('Asia/Kolkata'));
    expect(systemTimeZone()).toBe('Asia/Kolkata');
    resolvedOptions.mockReturnValue(options(undefined));
    expect(systemTimeZone()).toBe('UTC');
    resolvedOptions.mockReturnValue(options('Mars/Olympus'));
    expect(systemTimeZone()).toBe('UTC');
  });

  it('accepts the first and last allowed years and nothing beyond them', () => {
    expect(zonedFromWallClock('1900-01-01T00:00', 'UTC')).toBe('1900-01-01T00:00:00+00:00[UTC]');
    expect(zonedFromWallClock('2100-12-31T23:59', 'UTC')).toBe('2100-12-31T23:59:00+00:00[UTC]');
    expect(readZonedDateTime('1900-01-01T00:00:00+00:00[UTC]')?.year).toBe(1900);
    expect(readZonedDateTime('2100-12-31T23:59:00+00:00[UTC]')?.year).toBe(2100);
    expect(readZonedDateTime('1899-12-31T23:59:00+00:00[UTC]')).toBeUndefined();
    expect(readZonedDateTime('2101-01-01T00:00:00+00:00[UTC]')).toBeUndefined();
    expect(zonedFromOffsetDateTime('2101-01-01T00:00:00Z', 'UTC')).toBeUndefined();
    expect(zonedFromOffsetDateTime('1899-12-31T23:00:00Z', 'UTC')).toBeUndefined();
  });

  it('answers each text for itself when asked again, also after more than a thousand other texts', () => {
    const valid = '2026-11-26T06:00:00+02:00[Europe/Kyiv]';
    const unknownZone = '2026-11-26T06:00:00+02:00[Mars/Olympus]';
    const outOfRange = '2101-01-01T00:00:00+00:00[UTC]';
    const others = Array.from({ length: 1_200 }, (_, index) => {
      const minute = String(index % 60).padStart(2, '0');
      const hour = String(Math.floor(index / 60) % 24).padStart(2, '0');
      return `2026-01-${String(1 + Math.floor(index / 1_440)).padStart(2, '0')}T${hour}:${minute}:00+00:00[UTC]`;
    });
    for (let round = 0; round < 2; round += 1) {
      expect([valid, unknownZone, outOfRange].map(isZonedDateTimeText)).toEqual([true, false, false]);
      expect([outOfRange, unknownZone, valid].map(isZonedDateTimeText)).toEqual([false, false, true]);
      expect(others.every(isZonedDateTimeText)).toBe(true);
      expect(others.map((text) => isZonedDateTimeText(text.replace('[UTC]', '[Nowhere/Zone]')))).not.toContain(true);
    }
  });

  it('reads no stored text with a zone or date that does not exist', () => {
    expect(readZonedDateTime('2026-11-26T06:00:00+02:00[Mars/Olympus]')).toBeUndefined();
    expect(readZonedDateTime('2026-13-26T06:00:00+02:00[Europe/Kyiv]')).toBeUndefined();
    expect(readZonedDateTime(' 2026-11-26T06:00:00+02:00[Europe/Kyiv]')).toBeUndefined();
    expect(readZonedDateTime('2026-11-26T06:00:00+02:00[Europe/Kyiv] ')).toBeUndefined();
  });

  it('moves a wall clock that falls in a spring-forward gap to the later side', () => {
    expect(zonedFromWallClock('2026-03-29T03:30', 'Europe/Kyiv')).toBe('2026-03-29T04:30:00+03:00[Europe/Kyiv]');
  });

  it('shows a stored time to the minute, in its own zone when the zone asked for is unknown', () => {
    const stored = '2026-11-26T06:00:59+02:00[Europe/Kyiv]';
    expect(wallClockOf(stored)).toBe('2026-11-26T06:00');
    expect(wallClockOf(stored, 'Mars/Olympus')).toBe('2026-11-26T06:00');
    expect(wallClockOf(stored, '')).toBe('2026-11-26T06:00');
    expect(wallClockOf(stored, 'UTC')).toBe('2026-11-26T04:00');
  });

  it('leaves empty, unreadable and unknown-zone cases as they are', () => {
    const stored = '2026-11-26T06:00:00+02:00[Europe/Kyiv]';
    expect(inTimeZone('', 'UTC')).toBe('');
    expect(inTimeZone('this morning', 'UTC')).toBe('this morning');
    expect(inTimeZone(stored, 'Mars/Olympus')).toBe(stored);
    expect(offsetDateTimeOf('')).toBe('');
    expect(zonedFromOffsetDateTime('2026-11-26T04:00:00Z', 'Mars/Olympus')).toBeUndefined();
  });

  it('reads offset times with seconds and fractions, dropping the fraction, and refuses ones without an offset', () => {
    expect(zonedFromOffsetDateTime('2026-11-26T04:00:30.999Z', 'UTC')).toBe('2026-11-26T04:00:30+00:00[UTC]');
    expect(zonedFromOffsetDateTime('2026-11-26T04:00+02:00', 'UTC')).toBe('2026-11-26T02:00:00+00:00[UTC]');
    expect(zonedFromOffsetDateTime('2026-11-26T04:00:00', 'UTC')).toBeUndefined();
    expect(zonedFromOffsetDateTime('2026-11-26T04:00:00Z trailing', 'UTC')).toBeUndefined();
    expect(zonedFromOffsetDateTime('x2026-11-26T04:00:00Z', 'UTC')).toBeUndefined();
  });

  it('gives the zone and the instant of a stored time, and nothing for an unreadable one', () => {
    expect(timeZoneOf('2026-11-26T06:00:00+02:00[Europe/Kyiv]')).toBe('Europe/Kyiv');
    expect(timeZoneOf('2026-11-26T06:00:00+02:00')).toBe('');
    expect(epochMillisecondsOf('2026-11-26T06:00:00+02:00[Europe/Kyiv]')).toBe(Date.parse('2026-11-26T04:00:00Z'));
    expect(epochMillisecondsOf('')).toBeNaN();
  });
});

describe('timeZoneNames', () => {
  it('lists UTC once, first, then the runtime’s zones', () => {
    const names = timeZoneNames();
    expect(names[0]).toBe('UTC');
    expect(names.filter((name) => name === 'UTC')).toHaveLength(1);
    expect(names).toContain('Europe/Paris');
  });

  it('moves UTC to the front when the runtime lists it among the others', () => {
    vi.spyOn(Intl, 'supportedValuesOf').mockReturnValue(['Europe/Paris', 'UTC', 'Asia/Kolkata']);
    expect(timeZoneNames()).toEqual(['UTC', 'Europe/Paris', 'Asia/Kolkata']);
  });

  it('still offers UTC when the runtime cannot list its zones', () => {
    vi.spyOn(Intl, 'supportedValuesOf').mockImplementation(() => {
      throw new RangeError('not supported');
    });
    expect(timeZoneNames()).toEqual(['UTC']);
  });
});
