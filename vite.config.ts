import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { defineConfig, type UserConfig } from 'vite';

/**
 * One build for the three sides of the app, chosen by `--mode`:
 * `renderer` (browser bundle), `main` (main process and CLI, ESM for Node)
 * and `preload` (a single CommonJS file, as sandboxed preloads require).
 */
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

const nodeExternals = ['electron', /^node:/, ...builtinModules];

const shared: UserConfig = {
  clearScreen: false,
  define: { __BRIEFDESK_VERSION__: JSON.stringify(version) },
};

const renderer: UserConfig = {
  ...shared,
  root: 'renderer',
  base: '/',
  publicDir: false,
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome140',
    sourcemap: true,
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
};

const main: UserConfig = {
  ...shared,
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: true,
    outDir: 'out/main',
    emptyOutDir: true,
    target: 'node22',
    sourcemap: true,
    reportCompressedSize: false,
    rolldownOptions: {
      input: {
        index: 'electron/main/index.ts',
        cli: 'electron/main/cli/index.ts',
        // Imports run in a worker thread of their own (ImportWorkerPool), so the worker is its own entry.
        'import-worker': 'electron/main/import/import-worker.ts',
        // Loading, rebuilding and writing the search index run in a worker thread (runSearchIndexJob).
        'search-index-worker': 'electron/main/library/search-index-worker.ts',
        // Export HTML rendering, PDF finishing and the check of briefings before they are written (document-worker-client.ts).
        'document-worker': 'electron/main/app/document-worker/document-worker.ts',
        // Dictionaries load and spelling is checked in a worker thread (SpellingService).
        'spelling-worker': 'electron/main/spelling/spelling-worker.ts',
      },
      external: nodeExternals,
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
};

const preload: UserConfig = {
  ...shared,
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: true,
    outDir: 'out/preload',
    emptyOutDir: true,
    target: 'chrome140',
    sourcemap: false,
    reportCompressedSize: false,
    rolldownOptions: {
      input: { index: 'electron/preload/index.ts' },
      external: ['electron'],
      output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
    },
  },
};

export default defineConfig(({ mode }) => {
  if (mode === 'main') return main;
  if (mode === 'preload') return preload;
  return renderer;
});
