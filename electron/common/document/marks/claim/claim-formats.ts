import type { Mark } from '@tiptap/pm/model';
import { escapeMarkdown } from '../../../text/escape-markdown';
import type { MarkdownRenderContext } from '../../markdown-render-context';
import type { WordRenderContext, WordRunFormat } from '../../word-render-context';
import { readClaimAttributes } from './claim-mark';
import { claimStatusLabels, claimStatusSymbols } from './claim-status';

/** "◐ Claim: In progress (Dana Reyes, 26 November …) — note", as the review HTML labels a claim. */
function claimLabel(mark: Mark, formatDateTime: (iso: string) => string): string {
  const { status, setBy, setAt, note } = readClaimAttributes(mark.attrs);
  const who = [setBy, setAt ? formatDateTime(setAt) : ''].filter(Boolean).join(', ');
  return `${claimStatusSymbols[status]} Claim: ${claimStatusLabels[status]}${who ? ` (${who})` : ''}${note ? ` — ${note}` : ''}`;
}

/** A final export prints a claim as plain text; a review export prints its status after it, in words. */
export function renderClaimMarkdown(mark: Mark, context: MarkdownRenderContext): readonly [string, string] {
  if (context.purpose === 'final') return ['', ''];
  return ['', ` \\[${escapeMarkdown(claimLabel(mark, context.formatDateTime))}\\]`];
}

export function renderClaimWord(mark: Mark, context: WordRenderContext): WordRunFormat {
  if (context.purpose === 'final') return {};
  return { after: ` [${claimLabel(mark, context.formatDateTime)}]` };
}
