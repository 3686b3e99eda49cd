import type { Mark } from '@tiptap/pm/model';
import { escapeHtml } from '../../../text/escape-html';
import type { BriefingMarkDefinition, HtmlRenderContext } from '../../briefing-node-definition';
import { renderClaimMarkdown, renderClaimWord } from './claim-formats';
import { ClaimMark, readClaimAttributes } from './claim-mark';
import { claimStatusLabels, claimStatusSymbols } from './claim-status';

/**
 * A final export prints a claim as plain text: its status and note are for the desk. A review export
 * keeps every attribute and prints the status after the text, in words and with its symbol.
 */
function renderClaimHtml(mark: Mark, context: HtmlRenderContext): readonly [string, string] {
  if (context.purpose === 'final') return ['<span class="claim">', '</span>'];
  const { status, setBy, setAt, note } = readClaimAttributes(mark.attrs);
  const who = [setBy, setAt ? context.formatDateTime(setAt) : ''].filter(Boolean).join(', ');
  const label = `${claimStatusSymbols[status]} Claim: ${claimStatusLabels[status]}${who ? ` (${who})` : ''}${note ? ` — ${note}` : ''}`;
  return [
    `<span class="claim claim-${status}" data-claim-status="${status}" data-claim-set-by="${escapeHtml(setBy)}" ` +
      `data-claim-set-at="${escapeHtml(setAt)}" data-claim-note="${escapeHtml(note)}">`,
    `</span><span class="claim-status-label"> [${escapeHtml(label)}]</span>`,
  ];
}

export const claimDefinition: BriefingMarkDefinition = {
  extension: ClaimMark,
  export: { html: renderClaimHtml, markdown: renderClaimMarkdown, docx: renderClaimWord },
};
