import { statusLabels } from '../../common/briefing/metadata-labels';
import { briefingPlainText } from '../../common/document/briefing-plain-text';
import type { AppServices } from '../app/app-services';
import type { CliOutput } from './cli-output';

/** `briefdesk show ID [--json]`: the whole briefing as stored (JSON), or its metadata and text. */
export async function runShowCommand(
  services: AppServices,
  args: readonly string[],
  json: boolean,
  output: CliOutput,
): Promise<number> {
  const [id, ...extra] = args;
  if (!id || extra.length > 0) {
    output.err('Usage: briefdesk show ID [--json]. "briefdesk list" shows the ids.');
    return 2;
  }
  const briefing = await services.briefings.get(id);
  if (json) {
    output.out(JSON.stringify(briefing, null, 2));
    return 0;
  }
  const { metadata } = briefing;
  output.out(metadata.title || '(untitled)');
  output.out(
    `Status: ${statusLabels[metadata.status]} · revision ${briefing.revision} · updated ${briefing.updatedAt}`,
  );
  if (metadata.desk || metadata.tags.length > 0)
    output.out(`Desk: ${metadata.desk || '—'} · tags: ${metadata.tags.join(', ') || '—'}`);
  output.out('');
  output.out(briefingPlainText(briefing.content));
  return 0;
}
