import type { BriefingMetadata } from './briefing-metadata';

/**
 * Why the period covered cannot be kept as typed (its end falls before its start), or undefined.
 * Checked where the user edits the period, never on read: a briefing stored with such a period still opens.
 */
export function periodCoveredProblem({
  periodStart,
  periodEnd,
}: Pick<BriefingMetadata, 'periodStart' | 'periodEnd'>): string | undefined {
  // Both are calendar days (YYYY-MM-DD) in the briefing's zone, so text order is day order.
  if (periodStart && periodEnd && periodEnd < periodStart) return 'The period covered cannot end before it starts.';
  return undefined;
}
