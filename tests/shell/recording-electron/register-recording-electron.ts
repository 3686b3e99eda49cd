import { registerHooks } from 'node:module';

const doubleUrl = new URL('./recording-electron.ts', import.meta.url).href;

// Every `import 'electron'` — the built main bundle's included — gets the recording double.
registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'electron') return { url: doubleUrl, shortCircuit: true };
    return nextResolve(specifier, context);
  },
});
