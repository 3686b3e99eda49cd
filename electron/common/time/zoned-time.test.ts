import { describe, expect, it } from 'vitest';
import { instantToZonedIso, localInputToZonedIso, zonedIsoToLocalInput } from './zoned-time';

describe('zoned time', () => {
  it('writes wall-clock input in a zone as ISO with that zone’s offset, across DST', () => {
    expect(localInputToZonedIso('2026-11-26T06:00', 'Europe/Kyiv')).toBe('2026-11-26T06:00:00+02:00');
    expect(localInputToZonedIso('2026-07-01T06:00', 'Europe/Kyiv')).toBe('2026-07-01T06:00:00+03:00');
    expect(localInputToZonedIso('2026-11-26T06:00', 'America/New_York')).toBe('2026-11-26T06:00:00-05:00');
    expect(localInputToZonedIso('2026-11-26T06:00', 'Asia/Kolkata')).toBe('2026-11-26T06:00:00+05:30');
    expect(localInputToZonedIso('2026-11-26T06:00', 'UTC')).toBe('2026-11-26T06:00:00+00:00');
    expect(localInputToZonedIso('', 'UTC')).toBe('');
  });

  it('reads ISO back as the wall clock in the zone', () => {
    expect(zonedIsoToLocalInput('2026-11-26T04:00:00Z', 'Europe/Kyiv')).toBe('2026-11-26T06:00');
    expect(zonedIsoToLocalInput('not a date', 'Europe/Kyiv')).toBe('');
    expect(instantToZonedIso(Date.parse('2026-11-26T04:00:30Z'), 'Europe/Kyiv')).toBe('2026-11-26T06:00:00+02:00');
  });
});
