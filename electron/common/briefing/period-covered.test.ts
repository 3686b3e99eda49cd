import { describe, expect, it } from 'vitest';
import { briefingMetadataSchema } from './briefing-metadata';
import { periodCoveredProblem } from './period-covered';

describe('periodCoveredProblem', () => {
  it.each([
    ['', ''],
    ['2026-11-20', ''],
    ['', '2026-11-26'],
    ['2026-11-20', '2026-11-20'],
    ['2026-11-20', '2026-11-26'],
    ['2026-09-30', '2026-10-01'],
  ])('accepts a period from %j to %j', (periodStart, periodEnd) => {
    expect(periodCoveredProblem({ periodStart, periodEnd })).toBeUndefined();
  });

  it.each([
    ['2026-11-20', '2026-11-19'],
    ['2026-10-01', '2026-09-30'],
    ['2027-01-01', '2026-12-31'],
  ])('refuses a period from %j to %j with a sentence', (periodStart, periodEnd) => {
    expect(periodCoveredProblem({ periodStart, periodEnd })).toBe('The period covered cannot end before it starts.');
  });

  it('leaves a stored briefing with a reversed period readable', () => {
    const stored = briefingMetadataSchema.parse({ periodStart: '2026-11-20', periodEnd: '2026-11-19' });
    expect(stored.periodEnd).toBe('2026-11-19');
  });
});
