import type { HighlightedText } from '../../common/library/library-types';
import type { AppServices } from '../app/app-services';
import type { CliOutput } from './cli-output';
import { formatSummaryLine } from './list-command';

const bracketMatches = (runs: HighlightedText[]) =>
  runs.map((run) => (run.match ? `[${run.text}]` : run.text)).join('');

/** `briefdesk search QUERY [--json]`: full-text search over titles, metadata and text; matches in [brackets]. */
export async function runSearchCommand(
  services: AppServices,
  args: readonly string[],
  json: boolean,
  output: CliOutput,
): Promise<number> {
  const query = args.join(' ').trim();
  if (query === '') {
    output.err('Usage: briefdesk search QUERY [--json], e.g. briefdesk search "drone strikes".');
    return 2;
  }
  const result = await services.briefings.search.search({ query, filters: {}, limit: 100 });
  if (json) {
    output.out(JSON.stringify(result.hits, null, 2));
    return 0;
  }
  if (result.hits.length === 0) {
    output.out(`No briefing matches "${query}".`);
    return 0;
  }
  for (const hit of result.hits) {
    output.out(formatSummaryLine(hit.briefing));
    if (hit.snippet.length > 0) output.out(`    ${bracketMatches(hit.snippet)}`);
  }
  return 0;
}
