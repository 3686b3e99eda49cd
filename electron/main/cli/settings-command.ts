import { settingsPatchSchema } from '../../common/settings';
import type { AppServices } from '../app/app-services';
import type { CliOutput } from './cli-output';

function parseAssignments(assignments: readonly string[]): Record<string, string> | string {
  const patch: Record<string, string> = {};
  for (const assignment of assignments) {
    const separator = assignment.indexOf('=');
    if (separator <= 0) return `"${assignment}" is not KEY=VALUE.`;
    patch[assignment.slice(0, separator)] = assignment.slice(separator + 1);
  }
  return patch;
}

/** `briefdesk settings` and `briefdesk settings set KEY=VALUE…`, validated like the app's own calls. */
export async function runSettingsCommand(
  services: AppServices,
  args: readonly string[],
  json: boolean,
  output: CliOutput,
): Promise<number> {
  const [action, ...assignments] = args;
  if (action !== undefined && action !== 'set') {
    output.err(`Unknown settings action "${action}". Use "briefdesk settings" or "briefdesk settings set KEY=VALUE".`);
    return 2;
  }
  if (action === 'set') {
    const patch = parseAssignments(assignments);
    if (typeof patch === 'string') {
      output.err(patch);
      return 2;
    }
    const parsed = settingsPatchSchema.safeParse(patch);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
        output.err(`${field}${issue.message}`);
      }
      return 2;
    }
    await services.settings.update(parsed.data);
  }
  const settings = services.settings.get();
  if (json) {
    output.out(JSON.stringify(settings, null, 2));
  } else {
    for (const [key, value] of Object.entries(settings)) output.out(`${key}: ${value === '' ? '(not set)' : value}`);
  }
  return 0;
}
