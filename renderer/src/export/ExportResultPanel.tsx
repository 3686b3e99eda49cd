import { useState } from 'react';
import type { ExportResult } from '../../../electron/common/export/export-request';
import { getBriefdeskApi } from '../briefdesk-api';

function baseName(filePath: string): string {
  return filePath.split(/[\\/]/).pop() ?? filePath;
}

/** What was written, with "Show in folder" and "Open" for each file, and any warnings to check. */
export function ExportResultPanel({ result }: { result: ExportResult }) {
  const [problem, setProblem] = useState<string>();
  const act = async (action: 'showInFolder' | 'openFile', path: string) => {
    setProblem(undefined);
    const outcome = await getBriefdeskApi().export[action]({ path });
    if (!outcome.ok) setProblem(outcome.error.message);
  };
  return (
    <div className="export-result">
      <p role="status">{result.files.length === 1 ? 'Exported 1 file.' : `Exported ${result.files.length} files.`}</p>
      <ul className="export-files">
        {result.files.map((file) => (
          <li key={file.path}>
            <span className="export-file-name" title={file.path}>
              {baseName(file.path)}
            </span>
            <span className="export-file-actions">
              <button type="button" onClick={() => void act('showInFolder', file.path)}>
                Show in folder
              </button>
              <button type="button" onClick={() => void act('openFile', file.path)}>
                Open
              </button>
            </span>
          </li>
        ))}
      </ul>
      {result.warnings.length > 0 ? (
        <div className="message message-warning">
          <p>Check before sending:</p>
          <ul>
            {result.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {problem ? (
        <p role="alert" className="message message-error">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
