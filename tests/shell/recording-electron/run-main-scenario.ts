// Runs the built main entry (out/main/index.js) under Node with the recording `electron` double,
// drives one scenario, and prints the record as the last line: `RECORD {json}`.
// Usage: node --import ./register-recording-electron.ts run-main-scenario.ts <scenario> <data folder>

import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { record, recordedCalls } from './electron-record.ts';
import { mainScenarios } from './main-scenarios.ts';
import { appEnvironment, processExit } from './recording-app.ts';

const [scenarioName = '', dataDir = ''] = process.argv.slice(2);
const scenario = mainScenarios[scenarioName];
if (!scenario || !dataDir) {
  console.error(`Usage: run-main-scenario.ts <${Object.keys(mainScenarios).join('|')}> <data folder>`);
  process.exit(2);
}

const projectRoot = path.resolve(import.meta.dirname, '../../..');
appEnvironment.appPath = projectRoot;
let printed = false;
function printRecord(): void {
  if (printed) return;
  printed = true;
  process.stdout.write(`\nRECORD ${JSON.stringify(recordedCalls())}\n`);
}
processExit.handler = (code) => {
  printRecord();
  process.exit(code);
};

// Electron's main process logs an unhandled rejection and goes on; so does this run, keeping it in the record.
process.on('unhandledRejection', (reason) => {
  record('main.unhandledRejection', { message: reason instanceof Error ? reason.message : String(reason) });
});

await scenario.prepare?.();
// As under `electron .`: the app's own arguments start after the entry.
Object.defineProperty(process, 'defaultApp', { value: true });
process.argv = [
  process.argv[0] as string,
  path.join(projectRoot, 'out/main/index.js'),
  ...(scenario.argv?.(dataDir) ?? [`--data-dir=${dataDir}`]),
];
await import(pathToFileURL(path.join(projectRoot, 'out/main/index.js')).href);
record('main.loaded');
try {
  await scenario.run({ dataDir });
} catch (error) {
  record('scenario.failed', { message: error instanceof Error ? error.message : String(error) });
  printRecord();
  process.exit(1);
}
printRecord();
process.exit(0);
