import { runCli } from './run-cli';

declare const __BRIEFDESK_VERSION__: string;

process.exitCode = await runCli({
  argv: process.argv.slice(2),
  environment: process.env,
  output: { out: (text) => process.stdout.write(`${text}\n`), err: (text) => process.stderr.write(`${text}\n`) },
  version: __BRIEFDESK_VERSION__,
});
