import { type ParseArgsOptionsConfig, parseArgs } from 'node:util';
import { UserFacingError } from '../../common/user-facing-error';
import { type AppServices, openAppServices } from '../app/app-services';
import { dataDirEnvironmentVariable, resolveDataDir } from '../app/resolve-data-dir';
import { checkUsage, runCheckCommand } from './check-command';
import type { CliOutput } from './cli-output';
import { defaultDataDir } from './default-data-dir';
import { exportCommandOptions, exportUsage, runExportCommand } from './export-command';
import { runImportCommand } from './import-command';
import { runListCommand } from './list-command';
import { runNewBriefingCommand } from './new-briefing-command';
import { runNextUpdateCommand } from './next-update-command';
import { runSearchCommand } from './search-command';
import { runSettingsCommand } from './settings-command';
import { runShowCommand } from './show-command';
import { runTemplatesCommand } from './templates-command';

export interface CliContext {
  argv: readonly string[];
  environment: Readonly<Record<string, string | undefined>>;
  output: CliOutput;
  version: string;
  /** Runs once the services are open, before the command: the installed app attaches Electron's printer here. */
  prepareServices?: (services: AppServices) => void;
}

export const cliUsage = `Usage: briefdesk <command> [options]

Commands:
  info                      Show the version and the data folder in use
  settings                  Show your settings (author, page size, classification, theme)
  settings set KEY=VALUE…   Change settings, e.g. settings set authorName="Dana Reyes"
  templates                 List the briefing templates and their ids
  new --template ID [--title TEXT] [--language CODE]
                            Create a briefing from a template and print its id
  new --from ID             Create the next update of briefing ID (report No. +1, new "as of", no embargo)
  import FILE…              Make a briefing of each .md, .html, .txt or .docx file; prints the new ids
      --template ID         Pour the text into template ID (sections land where they match)
      --keep-clutter        Keep site clutter (related links, comment prompts…) instead of dropping it
      --allow-empty         Create the briefing even when no article text is found (refused otherwise)
      --language CODE       The briefing's language (en, fr, es, ar, uk, ru…), over the one the page declares
  list                      List the briefings in the library, most recently updated first
  show ID                   Show one briefing (--json: the whole stored file)
  search QUERY              Search titles, metadata and text; matches are shown in [brackets]

${exportUsage}${checkUsage}
Options for every command:
  --data-dir DIR            Use DIR as the data folder (also ${dataDirEnvironmentVariable})
  --json                    Print machine-readable JSON
  -h, --help                Show this help
  -v, --version             Show the version
`;

/** Options every command takes. */
const globalOptions = {
  'data-dir': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const satisfies ParseArgsOptionsConfig;

type GlobalValues = { json?: boolean; help?: boolean; version?: boolean };

/** One command: the options it accepts beside the global ones, and what it does with what it was given. */
interface CliCommand {
  options: ParseArgsOptionsConfig;
  run(
    services: AppServices,
    positionals: string[],
    values: GlobalValues & Record<string, string | boolean | string[] | undefined>,
    output: CliOutput,
  ): number | Promise<number>;
}

const commands: Record<string, CliCommand> = {
  info: {
    options: {},
    run: (services, _rest, values, output) => printInfo(services, values.json === true, output),
  },
  settings: {
    options: {},
    run: (services, rest, values, output) => runSettingsCommand(services, rest, values.json === true, output),
  },
  templates: {
    options: {},
    run: (services, rest, values, output) => runTemplatesCommand(services, rest, values.json === true, output),
  },
  new: {
    options: {
      template: { type: 'string' },
      title: { type: 'string' },
      language: { type: 'string' },
      from: { type: 'string' },
    },
    run: (services, rest, values, output) =>
      typeof values.from === 'string'
        ? runNextUpdateCommand(
            services,
            rest,
            {
              from: values.from,
              template: values.template as string | undefined,
              title: values.title as string | undefined,
            },
            values.json === true,
            output,
          )
        : runNewBriefingCommand(
            services,
            rest,
            {
              template: values.template as string | undefined,
              title: values.title as string | undefined,
              language: values.language as string | undefined,
            },
            values.json === true,
            output,
          ),
  },
  import: {
    options: {
      template: { type: 'string' },
      'keep-clutter': { type: 'boolean' },
      'allow-empty': { type: 'boolean' },
      language: { type: 'string' },
    },
    run: (services, rest, values, output) =>
      runImportCommand(
        services,
        rest,
        {
          templateId: values.template as string | undefined,
          keepClutter: values['keep-clutter'] === true,
          allowEmpty: values['allow-empty'] === true,
          language: values.language as string | undefined,
        },
        output,
      ),
  },
  export: {
    options: exportCommandOptions,
    run: (services, rest, values, output) => runExportCommand(services, rest, values, output),
  },
  check: {
    options: {},
    run: (services, rest, values, output) => runCheckCommand(services, rest, values.json === true, output),
  },
  list: {
    options: {},
    run: (services, _rest, values, output) => runListCommand(services, values.json === true, output),
  },
  show: {
    options: {},
    run: (services, rest, values, output) => runShowCommand(services, rest, values.json === true, output),
  },
  search: {
    options: {},
    run: (services, rest, values, output) => runSearchCommand(services, rest, values.json === true, output),
  },
};

/** The command named first on the line, found without knowing its options yet. */
function commandName(argv: readonly string[]): string | undefined {
  const { tokens } = parseArgs({
    args: [...argv],
    options: globalOptions,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const first = tokens.find((token) => token.kind === 'positional');
  return first?.kind === 'positional' ? first.value : undefined;
}

/** Parses the line against the global options and the named command's own; any other option is refused. */
function parseCommandLine(argv: readonly string[], options: ParseArgsOptionsConfig) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: { ...globalOptions, ...options },
  });
}

/** Runs one command line and returns the process exit code; never throws. */
export async function runCli({ argv, environment, output, version, prepareServices }: CliContext): Promise<number> {
  const name = commandName(argv);
  const chosen = name === undefined ? undefined : commands[name];
  if (name !== undefined && !chosen) {
    output.err(`Unknown command "${name}". Run "briefdesk --help" for the list of commands.`);
    return 2;
  }
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(argv, chosen?.options ?? {});
  } catch (error) {
    output.err(`${error instanceof Error ? error.message : String(error)}\nRun "briefdesk --help" for usage.`);
    return 2;
  }
  const values = parsed.values as GlobalValues & Record<string, string | boolean | string[] | undefined>;
  if (values.version) {
    output.out(version);
    return 0;
  }
  if (values.help || !chosen) {
    output.out(cliUsage);
    return chosen || values.help ? 0 : 2;
  }
  const [, ...rest] = parsed.positionals;
  const dataDir = resolveDataDir(argv, environment, defaultDataDir(environment));
  let services: AppServices;
  try {
    services = await openAppServices(dataDir, { name: 'Briefdesk', version }, environment);
  } catch (error) {
    output.err(`Briefdesk cannot open its data folder ${dataDir}: ${error instanceof Error ? error.message : error}`);
    return 1;
  }
  for (const notice of services.info().notices) output.err(notice.message);
  prepareServices?.(services);
  try {
    return await chosen.run(services, rest, values, output);
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

function printInfo(services: AppServices, json: boolean, output: CliOutput): number {
  const info = services.info();
  if (json) output.out(JSON.stringify(info, null, 2));
  else output.out(`${info.name} ${info.version}\nData folder: ${info.dataDir}`);
  return 0;
}
