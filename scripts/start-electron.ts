import { spawn } from 'node:child_process';
import path from 'node:path';
import { findElectronBinary } from './find-electron-binary.ts';

const lookup = findElectronBinary(process.env);
if (!lookup.binary) {
  console.error(`Briefdesk cannot start: ${lookup.reason}`);
  process.exit(1);
}
const child = spawn(lookup.binary, [path.resolve(import.meta.dirname, '..'), ...process.argv.slice(2)], {
  stdio: 'inherit',
});
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
