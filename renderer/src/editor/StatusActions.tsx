import type { BriefingStatus } from '../../../electron/common/briefing/briefing-metadata';
import { statusLabels } from '../../../electron/common/briefing/metadata-labels';
import { statusActionsFrom } from './metadata-draft';

/** The briefing's status and the explicit changes allowed from it. */
export function StatusActions({
  status,
  onChange,
}: {
  status: BriefingStatus;
  onChange: (status: BriefingStatus) => void;
}) {
  return (
    <fieldset className="status-actions">
      <legend className="visually-hidden">Status</legend>
      <span className={`status-badge status-${status}`} data-testid="briefing-status">
        {statusLabels[status]}
      </span>
      {statusActionsFrom(status).map((action) => (
        <button key={action.to} type="button" onClick={() => onChange(action.to)}>
          {action.label}
        </button>
      ))}
    </fieldset>
  );
}
