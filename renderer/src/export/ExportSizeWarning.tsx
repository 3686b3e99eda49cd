import { useEffect, useState } from 'react';
import type { ExportSizeRequest } from '../../../electron/common/export/export-size';
import { getBriefdeskApi } from '../briefdesk-api';

/**
 * Says, before anything is written, when the export would be unusually large: main estimates it from
 * the pictures' stored sizes and the format. It informs and never blocks: Export still goes ahead.
 */
export function ExportSizeWarning({ request }: { request: ExportSizeRequest }) {
  const [warning, setWarning] = useState<string | null>(null);
  const key = JSON.stringify(request);
  useEffect(() => {
    let current = true;
    void getBriefdeskApi()
      .export.estimateSize(JSON.parse(key) as ExportSizeRequest)
      .then((answer) => {
        // An estimate that fails only costs the warning; the export itself reports real problems.
        if (current) setWarning(answer.ok ? answer.value.warning : null);
      });
    return () => {
      current = false;
    };
  }, [key]);
  if (!warning) return null;
  return (
    <p className="message message-warning export-size-warning" role="status">
      {warning}
    </p>
  );
}
