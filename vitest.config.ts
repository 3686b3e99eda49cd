import { globSync, readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const unitFiles = [
  'electron/**/*.test.ts',
  'renderer/**/*.test.{ts,tsx}',
  'scripts/**/*.test.ts',
  'bench/import-quality/**/*.test.ts',
  'bench/event-loop-stall-probe.test.ts',
];

/**
 * Unit files that replace a module (`vi.mock`, `vi.doMock`) need a module registry of their own: in a shared one
 * the real module is already loaded by an earlier file. They are found by their text, so a new one is never shared.
 */
const mocksAModule = (file: string) => /\bvi\.(mock|doMock)\(/.test(readFileSync(file, 'utf8'));
const notNodeModules = { exclude: (name: string) => name === 'node_modules' };
const moduleMockingFiles = globSync(unitFiles, notNodeModules).filter(mocksAModule);

const browserFiles = ['tests/**/*.test.ts'];
/** Browser files share their worker's modules too, and test the app as it runs: none may replace a module. */
const mockingBrowserFiles = globSync(browserFiles, notNodeModules).filter(mocksAModule);
if (mockingBrowserFiles.length > 0) {
  throw new Error(
    `${mockingBrowserFiles.join(', ')} replace${mockingBrowserFiles.length === 1 ? 's' : ''} a module with vi.mock: browser test files share their worker's modules, so the mock would leak into the next file. Test the real module, or move the test next to its code as a unit test.`,
  );
}

// Search-index and document-worker jobs run in-process: a TypeScript worker per store would take seconds; one test runs them in a thread.
const inProcessJobs = { BRIEFDESK_SEARCH_INDEX_JOBS: 'in-process', BRIEFDESK_DOCUMENT_JOBS: 'in-process' };

/** What both unit projects share: Node, in-process jobs, every core, and the same turn before the browser files. */
const unitSettings = {
  environment: 'node',
  env: inProcessJobs,
  maxWorkers: '100%',
  sequence: { groupOrder: 0 },
  // The first import in a file starts the import worker, which loads the TypeScript sources through tsx.
  testTimeout: 20_000,
} as const;

/**
 * Three projects. The unit files run first, on both cores, and share each worker's loaded modules (`isolate: false`)
 * except those that mock a module. Then the browser files, one at a time (a browser test keeps both cores busy by
 * itself), also sharing their worker's modules: the harness and main's code load once, not about 2 s a file. Each
 * file still starts its own Chromium and closes it after its tests.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          ...unitSettings,
          name: 'unit',
          include: unitFiles,
          exclude: ['**/node_modules/**', ...moduleMockingFiles],
          isolate: false,
        },
      },
      {
        test: {
          ...unitSettings,
          name: 'unit-mocking',
          include: moduleMockingFiles,
        },
      },
      {
        test: {
          name: 'e2e',
          include: browserFiles,
          environment: 'node',
          env: inProcessJobs,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // A poll waits for a state the page reaches; under a loaded machine that can take longer than a second.
          expect: { poll: { timeout: 10_000 } },
          fileParallelism: false,
          isolate: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
