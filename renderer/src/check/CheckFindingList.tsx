import type { CheckFinding, CheckReport } from '../../../electron/common/check/check-finding';

type Jump = ((finding: CheckFinding) => void) | undefined;

/**
 * The findings of one check, blocking ones said in words; used by the editor's panel and the export dialog.
 * Possible misspellings (never blocking, and many in a long briefing) come last, folded under one line, so
 * they never bury a finding that stops an export.
 */
export function CheckFindingList({ report, onJump }: { report: CheckReport; onJump?: Jump }) {
  if (report.findings.length === 0) return <p className="check-summary">The check found nothing to fix.</p>;
  const blocking = report.findings.filter((finding) => finding.blocking).length;
  const misspellings = report.findings.filter((finding) => finding.kind === 'misspelling');
  const others = report.findings.filter((finding) => finding.kind !== 'misspelling');
  return (
    <>
      <p className="check-summary" role="status">
        {report.findings.length} {report.findings.length === 1 ? 'finding' : 'findings'}
        {blocking > 0 ? `, ${blocking} blocking a final export` : ', none blocking'}.
      </p>
      {others.length > 0 ? <FindingItems findings={others} onJump={onJump} /> : null}
      {misspellings.length > 0 ? (
        <details className="check-misspellings">
          <summary>
            {misspellings.length === 1 ? '1 word may be misspelled' : `${misspellings.length} words may be misspelled`}
          </summary>
          <FindingItems findings={misspellings} onJump={onJump} />
        </details>
      ) : null}
    </>
  );
}

function FindingItems({ findings, onJump }: { findings: CheckFinding[]; onJump: Jump }) {
  return (
    <ul className="check-findings">
      {findings.map((finding) => (
        <li
          key={`${finding.kind}-${finding.place.in === 'body' ? finding.place.position : finding.place.field}`}
          className={finding.blocking ? 'check-finding is-blocking' : 'check-finding'}
        >
          <strong>{finding.blocking ? 'Blocks export: ' : 'Note: '}</strong>
          {onJump ? (
            <button type="button" className="check-jump" onClick={() => onJump(finding)}>
              Go to {finding.place.description}
            </button>
          ) : (
            <span>{finding.place.description}</span>
          )}
          <p className="check-finding-message">{finding.message}</p>
        </li>
      ))}
    </ul>
  );
}
