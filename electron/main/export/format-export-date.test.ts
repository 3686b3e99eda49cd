import { describe, expect, it } from 'vitest';
import { formatIsoDateTime, machineDateTime } from './format-export-date';

describe('export date formatting', () => {
  it('prints a stored time in its own zone, with the zone beside it', () => {
    expect(formatIsoDateTime('2026-11-26T06:00:00+02:00[Europe/Kyiv]', 'UTC')).toBe(
      '26 November 2026 at 06:00 EET (Europe/Kyiv)',
    );
    expect(formatIsoDateTime('2026-11-26T04:00:00+00:00[UTC]', 'Europe/Kyiv')).toBe('26 November 2026 at 04:00 UTC');
    expect(formatIsoDateTime('2026-11-26T06:00:00+05:30[Asia/Kolkata]', 'UTC')).toBe(
      '26 November 2026 at 06:00 GMT+5:30 (Asia/Kolkata)',
    );
  });

  it('prints an instant in the zone it is given', () => {
    expect(formatIsoDateTime('2026-11-26T07:45:00.000Z', 'UTC')).toBe('26 November 2026 at 07:45 UTC');
    expect(formatIsoDateTime('2026-11-26T07:45:00Z', 'Europe/Kyiv')).toBe(
      '26 November 2026 at 09:45 EET (Europe/Kyiv)',
    );
  });

  it('never prints text that is not a time as if it were one', () => {
    for (const text of ['1 Dec 06:00', '01/12/2026 06:00', 'this morning', '2026-11-26T06:00']) {
      expect(formatIsoDateTime(text, 'Europe/Kyiv')).toBe('');
    }
  });

  it('gives HTML an ISO time with its offset', () => {
    expect(machineDateTime('2026-11-26T06:00:00+02:00[Europe/Kyiv]')).toBe('2026-11-26T06:00:00+02:00');
  });
});
