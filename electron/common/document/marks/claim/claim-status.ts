/** Verification states of a claim (Meedan Check's set). */
export const claimStatuses = ['unstarted', 'in-progress', 'inconclusive', 'verified', 'false'] as const;

export type ClaimStatus = (typeof claimStatuses)[number];

export const claimStatusLabels: Record<ClaimStatus, string> = {
  unstarted: 'Unstarted',
  'in-progress': 'In progress',
  inconclusive: 'Inconclusive',
  verified: 'Verified',
  false: 'False',
};

/** A symbol beside each label, so the status never rests on colour alone. */
export const claimStatusSymbols: Record<ClaimStatus, string> = {
  unstarted: '○',
  'in-progress': '◐',
  inconclusive: '?',
  verified: '✓',
  false: '✗',
};

export function isClaimStatus(value: unknown): value is ClaimStatus {
  return typeof value === 'string' && (claimStatuses as readonly string[]).includes(value);
}
