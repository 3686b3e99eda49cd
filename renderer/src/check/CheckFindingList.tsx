import type { CheckFinding, CheckReport } from '../../../electron/common/check/check-finding';

/** The findings of one check, blocking ones said in words; used by the editor's panel and the export dialog. */
export function CheckFindingList({
  report,
  onJump,
}: {
  report: CheckReport;
  onJump?: (finding: CheckFinding) => void;
}) {
  if (report.findings.length === 0) return <p className="check-summary">The check found nothing to fix.</p>;
  const blocking = report.findings.filter((finding) => finding.blocking).length;
  return (
    <>
      <p className="check-summary" role="status">
        {report.findings.length} {report.findings.length === 1 ? 'finding' : 'findings'}
        {blocking > 0 ? `, ${blocking} blocking a final export` : ', none blocking'}.
      </p>
      <ul className="check-findings">
        {report.findings.map((finding) => (
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
    </>
  );
}
