import { describe, expect, it } from 'vitest';
import { cliUsage } from '../cli/run-cli';
import { commandLineArguments, commandLineCommands } from './command-line-arguments';

describe('commandLineArguments', () => {
  it('takes everything after --cli, in a packaged app and under `electron .`', () => {
    expect(commandLineArguments(['/opt/Briefdesk/briefdesk', '--cli', 'export', '--all'], false)).toEqual([
      'export',
      '--all',
    ]);
    expect(commandLineArguments(['electron', '.', '--no-sandbox', '--cli', 'list', '--json'], true)).toEqual([
      'list',
      '--json',
    ]);
    expect(commandLineArguments(['Briefdesk', '--cli'], false)).toEqual([]);
  });

  it('runs a line that starts with a command, as the deb launcher passes it', () => {
    expect(commandLineArguments(['/usr/bin/briefdesk', 'export', 'a1b2c3d4', '--out', 'x.pdf'], false)).toEqual([
      'export',
      'a1b2c3d4',
      '--out',
      'x.pdf',
    ]);
  });

  it('opens the app otherwise', () => {
    expect(commandLineArguments(['/opt/Briefdesk/briefdesk'], false)).toBeUndefined();
    expect(commandLineArguments(['/opt/Briefdesk/briefdesk', '--data-dir', '/sync/briefings'], false)).toBeUndefined();
    expect(commandLineArguments(['electron', '.', '--data-dir=/tmp/x'], true)).toBeUndefined();
    expect(commandLineArguments(['electron', '.', 'exported.pdf'], true)).toBeUndefined();
  });

  it('knows exactly the commands the command line lists', () => {
    const commandsSection = cliUsage.slice(
      cliUsage.indexOf('Commands:'),
      cliUsage.indexOf('Options for every command'),
    );
    const listed = [...commandsSection.matchAll(/^ {2}([a-z]+)\b/gm)].map((match) => match[1]);
    expect([...new Set(listed)].sort()).toEqual([...commandLineCommands].sort());
  });
});
