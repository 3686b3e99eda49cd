/**
 * What the export dialog shows when the pre-export check stops a final export: the findings (main's
 * sentence lists them), and "Export anyway", which the briefing records with who and when.
 */
export function CheckBlockedNotice({
  message,
  onExportAnyway,
  onCancel,
}: {
  message: string;
  onExportAnyway: () => void;
  onCancel: () => void;
}) {
  return (
    <div className="message message-warning check-blocked" role="alert">
      <p style={{ whiteSpace: 'pre-line' }}>{message}</p>
      <p>Exporting anyway is recorded in the briefing’s history with your name and the time.</p>
      <div className="export-exists-actions">
        <button type="button" onClick={onExportAnyway}>
          Export anyway
        </button>
        <button type="button" onClick={onCancel}>
          Don’t export
        </button>
      </div>
    </div>
  );
}
