import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { useEffect, useRef, useState } from 'react';
import {
  type ClaimStatus,
  claimStatuses,
  claimStatusLabels,
  claimStatusSymbols,
} from '../../../electron/common/document/marks/claim/claim-status';
import { type FoundClaim, findClaims } from '../../../electron/common/document/marks/claim/find-claims';
import { zonedAt } from '../../../electron/common/time/zoned-time';
import { getBriefdeskApi } from '../briefdesk-api';
import { useEditorSnapshot } from '../editor/use-editor-snapshot';
import './claims.css';

const statusText = (status: ClaimStatus) => `${claimStatusSymbols[status]} ${claimStatusLabels[status]}`;

function selectClaim(editor: Editor, claim: FoundClaim): void {
  editor.view.dispatch(
    editor.state.tr.setSelection(TextSelection.create(editor.state.doc, claim.from, claim.to)).scrollIntoView(),
  );
  editor.view.focus();
}

/**
 * The claims in the body: mark the selected text as a claim, see each claim's verification status in
 * words and with a symbol, change it (who and when are recorded), filter by status and jump to each.
 */
export function ClaimsPanel({ editor, timeZone }: { editor: Editor; timeZone: () => string }) {
  // The author name from Settings, recorded with each status change.
  const author = useRef('');
  useEffect(() => {
    void getBriefdeskApi()
      .settings.get()
      .then((settings) => {
        if (settings.ok) author.current = settings.value.authorName;
      });
  }, []);
  // Walked a moment after typing pauses, never inside the keystroke's frame.
  const claims = useEditorSnapshot(editor, (current) => findClaims(current.state.doc), {
    delayMs: 150,
    events: ['update'],
  });
  const [filter, setFilter] = useState<ClaimStatus | 'all'>('all');
  const stamp = () => ({ setBy: author.current, setAt: zonedAt(Date.now(), timeZone()) });
  const markSelection = () => {
    editor
      .chain()
      .focus()
      .setClaim({ status: 'unstarted', note: '', ...stamp() })
      .run();
  };
  const setStatus = (claim: FoundClaim, status: ClaimStatus) => {
    editor
      .chain()
      .setTextSelection({ from: claim.from, to: claim.to })
      .setClaim({ ...claim, status, ...stamp() })
      .run();
  };
  const shown = claims.filter((claim) => filter === 'all' || claim.status === filter);
  return (
    <div className="claims-panel">
      <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={markSelection}>
        Mark selection as a claim
      </button>
      <label className="claims-filter">
        Show{' '}
        <select value={filter} onChange={(event) => setFilter(event.target.value as ClaimStatus | 'all')}>
          <option value="all">All claims</option>
          {claimStatuses.map((status) => (
            <option key={status} value={status}>
              {statusText(status)}
            </option>
          ))}
        </select>
      </label>
      {shown.length === 0 ? (
        <p className="panel-empty">No claims{filter === 'all' ? '' : ' with this status'}.</p>
      ) : null}
      <ol className="claims-list">
        {shown.map((claim) => (
          <li key={claim.from} className={`claim-item claim-item-${claim.status}`}>
            <button type="button" className="claim-jump" onClick={() => selectClaim(editor, claim)}>
              Go to “{claim.text}”
            </button>
            <label>
              Status of “{claim.text}”{' '}
              <select value={claim.status} onChange={(event) => setStatus(claim, event.target.value as ClaimStatus)}>
                {claimStatuses.map((status) => (
                  <option key={status} value={status}>
                    {statusText(status)}
                  </option>
                ))}
              </select>
            </label>
            {claim.setBy || claim.setAt ? (
              <p className="claim-set-by">
                Set by {claim.setBy || 'someone'}
                {claim.setAt ? `, ${claim.setAt.replace('T', ' ').slice(0, 16)}` : ''}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
