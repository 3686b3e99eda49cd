import type { BriefingSummary } from '../../common/briefing/briefing';
import { statusLabels } from '../../common/briefing/metadata-labels';
import type { AppServices } from '../app/app-services';
import type { CliOutput } from './cli-output';

/** One line per briefing: id, status, last update, words, title. */
export function formatSummaryLine(summary: BriefingSummary): string {
  const status = statusLabels[summary.status].padEnd(9);
  const updated = summary.updatedAt.slice(0, 16).replace('T', ' ');
  return `${summary.id}  ${status}  ${updated}  ${String(summary.wordCount).padStart(6)}  ${summary.title || '(untitled)'}`;
}

/** `briefdesk list [--json]`: every briefing in the library, most recently updated first. */
export function runListCommand(services: AppServices, json: boolean, output: CliOutput): number {
  const summaries = services.briefings.list();
  if (json) output.out(JSON.stringify(summaries, null, 2));
  else if (summaries.length === 0) output.out('The library is empty.');
  else for (const summary of summaries) output.out(formatSummaryLine(summary));
  return 0;
}
