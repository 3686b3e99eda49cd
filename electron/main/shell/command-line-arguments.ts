/** The command line's commands (`briefdesk --help` lists them); checked against the CLI by a test. */
export const commandLineCommands = [
  'info',
  'settings',
  'templates',
  'new',
  'import',
  'list',
  'show',
  'search',
  'export',
  'check',
] as const;

/**
 * The arguments for the command line when the app was started to run one headless: everything after
 * `--cli`, or the whole line when it starts with a command (`briefdesk export …` from the deb's launcher).
 * Undefined when the app should open its window.
 */
export function commandLineArguments(argv: readonly string[], startedByElectronCli: boolean): string[] | undefined {
  const appArguments = argv.slice(startedByElectronCli ? 2 : 1);
  const flag = appArguments.indexOf('--cli');
  if (flag !== -1) return appArguments.slice(flag + 1);
  const [first] = appArguments;
  return first && (commandLineCommands as readonly string[]).includes(first) ? [...appArguments] : undefined;
}
