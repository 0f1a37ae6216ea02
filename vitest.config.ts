import { defineConfig } from 'vitest/config';

// Unit and CLI tests run in Node. The browser end-to-end suite has its own config
// (test/e2e), started by `npm test` after these.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/cli/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
  },
});
