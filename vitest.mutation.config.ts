import { defineConfig } from 'vitest/config';

/** The unit tests that cover the mutated code; `npm run test:mutation` runs Stryker over them. */
export default defineConfig({
  test: {
    include: [
      'electron/main/storage/**/*.test.ts',
      'electron/main/library/**/*.test.ts',
      'electron/common/**/*.test.ts',
    ],
    // The model-based test covers the whole library and takes seconds: it would run for every mutant.
    exclude: ['**/node_modules/**', 'electron/main/library/library-model.test.ts'],
    environment: 'node',
    // Two shared cores and instrumented code: the unit tests' 5 s default is too tight here.
    testTimeout: 30_000,
  },
});
