import type { AppServices } from '../app/app-services';
import type { CliOutput } from './cli-output';

/** `briefdesk templates`: every template, built-in first, with its id for `briefdesk new --template`. */
export function runTemplatesCommand(
  services: AppServices,
  args: readonly string[],
  json: boolean,
  output: CliOutput,
): number {
  if (args.length > 0) {
    output.err(`"briefdesk templates" takes no arguments; got "${args.join(' ')}".`);
    return 2;
  }
  const templates = services.templates.list();
  if (json) {
    output.out(JSON.stringify(templates, null, 2));
    return 0;
  }
  const idWidth = Math.max(...templates.map((template) => template.id.length));
  for (const template of templates) {
    const kind = template.builtIn ? 'built-in' : 'yours';
    const numbered = template.numbered ? ', numbered' : '';
    output.out(`${template.id.padEnd(idWidth)}  ${template.name} (${kind}${numbered})`);
  }
  return 0;
}
