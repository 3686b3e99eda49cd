import { parseArgs } from 'node:util';
import { UserFacingError } from '../../common/user-facing-error';
import { type AppServices, openAppServices } from '../app/app-services';
import { dataDirEnvironmentVariable, resolveDataDir } from '../app/resolve-data-dir';
import type { CliOutput } from './cli-output';
import { defaultDataDir } from './default-data-dir';
import { exportUsage, runExportCommand } from './export-command';
import { runImportCommand } from './import-command';
import { runListCommand } from './list-command';
import { runNewBriefingCommand } from './new-briefing-command';
import { runSearchCommand } from './search-command';
import { runSettingsCommand } from './settings-command';
import { runShowCommand } from './show-command';
import { runTemplatesCommand } from './templates-command';

export interface CliContext {
  argv: readonly string[];
  environment: Readonly<Record<string, string | undefined>>;
  output: CliOutput;
  version: string;
}

export const cliUsage = `Usage: briefdesk <command> [options]

Commands:
  info                      Show the version and the data folder in use
  settings                  Show your settings (author, page size, classification, theme)
  settings set KEY=VALUE…   Change settings, e.g. settings set authorName="Dana Reyes"
  templates                 List the briefing templates and their ids
  new --template ID [--title TEXT]
                            Create a briefing from a template and print its id
  import FILE…              Make a briefing of each .md, .html or .txt file; prints the new ids
      --template ID         Pour the text into template ID (sections land where they match)
      --keep-clutter        Keep site clutter (related links, comment prompts…) instead of dropping it
  list                      List the briefings in the library, most recently updated first
  show ID                   Show one briefing (--json: the whole stored file)
  search QUERY              Search titles, metadata and text; matches are shown in [brackets]

${exportUsage}
Options for every command:
  --data-dir DIR            Use DIR as the data folder (also ${dataDirEnvironmentVariable})
  --json                    Print machine-readable JSON
  -h, --help                Show this help
  -v, --version             Show the version
`;

/** Runs one command line and returns the process exit code; never throws. */
export async function runCli({ argv, environment, output, version }: CliContext): Promise<number> {
  let parsed: ReturnType<typeof parseCliArguments>;
  try {
    parsed = parseCliArguments(argv);
  } catch (error) {
    output.err(`${error instanceof Error ? error.message : String(error)}\nRun "briefdesk --help" for usage.`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    output.out(version);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    output.out(cliUsage);
    return command || values.help ? 0 : 2;
  }
  const dataDir = resolveDataDir(argv, environment, defaultDataDir(environment));
  let services: AppServices;
  try {
    services = await openAppServices(dataDir, { name: 'Briefdesk', version });
  } catch (error) {
    output.err(`Briefdesk cannot open its data folder ${dataDir}: ${error instanceof Error ? error.message : error}`);
    return 1;
  }
  for (const notice of services.info().notices) output.err(notice.message);
  try {
    switch (command) {
      case 'info':
        return printInfo(services, values.json === true, output);
      case 'settings':
        return await runSettingsCommand(services, rest, values.json === true, output);
      case 'templates':
        return runTemplatesCommand(services, rest, values.json === true, output);
      case 'new':
        return await runNewBriefingCommand(
          services,
          rest,
          { template: values.template, title: values.title },
          values.json === true,
          output,
        );
      case 'import':
        return await runImportCommand(
          services,
          rest,
          { templateId: values.template, keepClutter: values['keep-clutter'] === true },
          output,
        );
      case 'export':
        return await runExportCommand(services, rest, values, output, environment);
      case 'list':
        return runListCommand(services, values.json === true, output);
      case 'show':
        return await runShowCommand(services, rest, values.json === true, output);
      case 'search':
        return await runSearchCommand(services, rest, values.json === true, output);
      default:
        output.err(`Unknown command "${command}". Run "briefdesk --help" for the list of commands.`);
        return 2;
    }
  } catch (error) {
    if (error instanceof UserFacingError) {
      output.err(error.message);
      return 1;
    }
    throw error;
  } finally {
    await services.close();
  }
}

function parseCliArguments(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      'data-dir': { type: 'string' },
      title: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
      template: { type: 'string' },
      'keep-clutter': { type: 'boolean' },
      format: { type: 'string' },
      out: { type: 'string' },
      'out-dir': { type: 'string' },
      'page-size': { type: 'string' },
      margins: { type: 'string' },
      chromium: { type: 'string' },
      all: { type: 'boolean' },
      status: { type: 'string', multiple: true },
      tag: { type: 'string', multiple: true },
      combine: { type: 'boolean' },
      hide: { type: 'string' },
      timeout: { type: 'string' },
    },
  });
}

function printInfo(services: AppServices, json: boolean, output: CliOutput): number {
  const info = services.info();
  if (json) output.out(JSON.stringify(info, null, 2));
  else output.out(`${info.name} ${info.version}\nData folder: ${info.dataDir}`);
  return 0;
}
