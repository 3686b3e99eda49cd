import { registerHooks } from 'node:module';
import path from 'node:path';
import { record } from './electron-record.ts';

const doubleUrl = new URL('./recording-electron.ts', import.meta.url).href;

registerHooks({
  resolve(specifier, context, nextResolve) {
    // Every `import 'electron'` — the built main bundle's included — gets the recording double.
    if (specifier === 'electron') return { url: doubleUrl, shortCircuit: true };
    const resolved = nextResolve(specifier, context);
    // Which chunks of the built main bundle load, and when (what start-up evaluates before the first window).
    if (resolved.url.includes('/out/main/chunks/')) record('module.load', { chunk: path.basename(resolved.url) });
    return resolved;
  },
});
