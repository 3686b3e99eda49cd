import { nextUpdateFrom } from '../../common/briefing/next-update';
import { UserFacingError } from '../../common/user-facing-error';
import type { AppServices } from '../app/app-services';
import type { CliOutput } from './cli-output';
import { resolveIds } from './export-command';

/**
 * `briefdesk new --from ID`: the next report of a series (report number +1, a new "as of", no embargo,
 * a link to the previous report, its corrections log carried over); prints only the new id.
 */
export async function runNextUpdateCommand(
  services: AppServices,
  args: readonly string[],
  options: { from: string; template: string | undefined; title: string | undefined },
  json: boolean,
  output: CliOutput,
): Promise<number> {
  if (args.length > 0 || options.template) {
    output.err('Use --from ID alone: the new update takes its template and text from that briefing.');
    return 2;
  }
  let previousId: string;
  try {
    [previousId] = resolveIds([options.from], services.briefings.list()) as [string];
  } catch (error) {
    if (!(error instanceof UserFacingError)) throw error;
    output.err(error.message);
    return 2;
  }
  const next = nextUpdateFrom(await services.briefings.get(previousId), new Date());
  const briefing = await services.briefings.create({
    ...next,
    metadata: options.title ? { ...next.metadata, title: options.title } : next.metadata,
  });
  if (json) {
    const { id, metadata } = briefing;
    output.out(JSON.stringify({ id, previousReportId: previousId, reportNumber: metadata.reportNumber }, null, 2));
  } else {
    output.out(briefing.id);
  }
  return 0;
}
