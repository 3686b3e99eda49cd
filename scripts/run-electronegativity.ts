import { createRequire, registerHooks } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Runs electronegativity with the TypeScript it was built for. Its parser
 * (@typescript-eslint/typescript-estree 4) would otherwise load the project's
 * TypeScript 7, which has no JavaScript API, and crash.
 */
const projectRequire = createRequire(import.meta.url);
const scannerEntry = projectRequire.resolve('@doyensec/electronegativity/dist/index.js');
const scannerRoot = path.resolve(path.dirname(scannerEntry), '..');
const pinnedTypeScript = pathToFileURL(
  path.join(scannerRoot, 'node_modules', 'typescript', 'lib', 'typescript.js'),
).href;

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'typescript' && context.parentURL?.includes('/@typescript-eslint/')) {
      return { url: pinnedTypeScript, format: 'commonjs', shortCircuit: true };
    }
    return nextResolve(specifier, context);
  },
});

process.argv = [process.argv[0] ?? 'node', scannerEntry, ...process.argv.slice(2)];
projectRequire(scannerEntry);
