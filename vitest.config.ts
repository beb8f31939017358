import { defineConfig } from 'vitest/config';

// Unit tests run under plain Node on real SQLite files; the end-to-end suite has its own config.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
  },
});
