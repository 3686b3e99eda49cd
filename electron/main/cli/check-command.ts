import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkBriefing } from '../../common/check/check-briefing';
import type { CheckReport } from '../../common/check/check-finding';
import { UserFacingError } from '../../common/user-facing-error';
import type { AppServices } from '../app/app-services';
import type { CliOutput } from './cli-output';
import { resolveIds } from './export-command';

export const checkUsage = `  check ID…                 Run the pre-export check; exits 1 while a finding blocks a final export
`;

function describeReport(id: string, title: string, report: CheckReport): string[] {
  const lines = [`${id}  ${title || '(untitled)'}: ${report.findings.length === 0 ? 'nothing found' : ''}`.trimEnd()];
  for (const finding of report.findings) {
    lines.push(`  ${finding.blocking ? 'BLOCKS' : 'note  '}  ${finding.place.description}: ${finding.message}`);
  }
  return lines;
}

/**
 * `briefdesk check ID… [--json]`: the same pre-export check as the export dialog and the editor's
 * panel, each finding with its place; exit 1 while a finding blocks a final export, 2 for a usage error.
 */
export async function runCheckCommand(
  services: AppServices,
  args: readonly string[],
  json: boolean,
  output: CliOutput,
): Promise<number> {
  if (args.length === 0) {
    output.err('Name the briefings to check: briefdesk check ID…. "briefdesk list" shows the ids.');
    return 2;
  }
  let ids: string[];
  try {
    ids = resolveIds(args, services.briefings.list());
  } catch (error) {
    if (!(error instanceof UserFacingError)) throw error;
    output.err(error.message);
    return 2;
  }
  const options = { now: new Date(), staleAfterHours: services.settings.get().staleAsOfHours };
  const results = [];
  for (const id of ids) {
    const briefing = await services.briefings.get(id);
    const here = path.dirname(fileURLToPath(import.meta.url));
    // Hunspell (WebAssembly) loads only when a check runs, never with the rest of main.
    const { findDictionaryFolder, languagesIn, loadSpellingLookup } = await import('../spelling/spelling-lookup');
    const spelling = await loadSpellingLookup(languagesIn(briefing.content, briefing.metadata.language), (language) =>
      findDictionaryFolder(language, here),
    );
    try {
      results.push({
        id,
        title: briefing.metadata.title,
        ...checkBriefing(briefing, { ...options, spelling: spelling.lookup }),
      });
    } finally {
      spelling.dispose();
    }
  }
  if (json) output.out(JSON.stringify(results, null, 2));
  else for (const result of results) output.out(describeReport(result.id, result.title, result).join('\n'));
  return results.some((result) => result.blocked) ? 1 : 0;
}
