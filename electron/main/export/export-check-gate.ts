import type { Briefing } from '../../common/briefing/briefing';
import type { ForcedExportRecord } from '../../common/briefing/forced-export-record';
import { checkBriefing } from '../../common/check/check-briefing';
import type { CheckFinding } from '../../common/check/check-finding';
import { zonedAt } from '../../common/time/zoned-time';
import { UserFacingError } from '../../common/user-facing-error';

/** A briefing and the findings of the pre-export check that stop its final export. */
export interface BlockedBriefing {
  briefing: Briefing;
  findings: CheckFinding[];
}

/** The briefings whose final export the pre-export check stops, with what stops each. */
export function findBlockedBriefings(
  briefings: readonly Briefing[],
  options: { now: Date; staleAfterHours: number },
): BlockedBriefing[] {
  return briefings.flatMap((briefing) => {
    const findings = checkBriefing(briefing, options).findings.filter((finding) => finding.blocking);
    return findings.length > 0 ? [{ briefing, findings }] : [];
  });
}

/** The sentence the export dialog and the command line show when the check stops a final export. */
export function checkBlockedError(blocked: readonly BlockedBriefing[]): UserFacingError {
  const lines = blocked.flatMap(({ briefing, findings }) => [
    `“${briefing.metadata.title.trim() || 'Untitled briefing'}”:`,
    ...findings.map((finding) => `  - ${finding.message}`),
  ]);
  return new UserFacingError(
    'check-blocked',
    `The pre-export check stops this final export:\n${lines.join('\n')}\nFix these, export for review, or export anyway.`,
  );
}

/** What a briefing records when it is exported despite its findings. */
export function forcedExportRecord(blocked: BlockedBriefing, now: Date, by: string): ForcedExportRecord {
  return {
    at: zonedAt(now.getTime(), blocked.briefing.metadata.timeZone),
    by: by.trim() || 'Unknown',
    findings: [...new Set(blocked.findings.map((finding) => finding.kind))],
  };
}
