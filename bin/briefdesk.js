#!/usr/bin/env node
import { existsSync } from 'node:fs';

const [major] = process.versions.node.split('.').map(Number);
if (major < 22) {
  console.error(`Briefdesk needs Node.js 22 or newer; this is ${process.version}. Install Node 22 LTS (see .nvmrc).`);
  process.exit(1);
}
const entry = new URL('../out/main/cli.js', import.meta.url);
if (!existsSync(entry)) {
  console.error('Briefdesk is not built yet: run "npm run build" in the project folder first.');
  process.exit(1);
}
await import(entry.href);
