import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'electron/**/*.test.ts',
            'renderer/**/*.test.{ts,tsx}',
            'scripts/**/*.test.ts',
            'bench/import-quality/**/*.test.ts',
            'bench/event-loop-stall-probe.test.ts',
          ],
          environment: 'node',
          // Search-index and document-worker jobs run in-process: a TypeScript worker per store would take seconds; one test runs them in a thread.
          env: { BRIEFDESK_SEARCH_INDEX_JOBS: 'in-process', BRIEFDESK_DOCUMENT_JOBS: 'in-process' },
          // The first import in a file starts the import worker, which loads the TypeScript sources through tsx.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/**/*.test.ts'],
          environment: 'node',
          env: { BRIEFDESK_SEARCH_INDEX_JOBS: 'in-process', BRIEFDESK_DOCUMENT_JOBS: 'in-process' },
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // A poll waits for a state the page reaches; under a loaded machine that can take longer than a second.
          expect: { poll: { timeout: 10_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
