import { defineConfig } from 'vitest/config';

/** The unit tests that cover the mutated code; `npm run test:mutation` runs Stryker over them. */
export default defineConfig({
  test: {
    include: ['electron/main/storage/**/*.test.ts', 'electron/main/library/**/*.test.ts', 'electron/common/**/*.test.ts'],
    environment: 'node',
  },
});
