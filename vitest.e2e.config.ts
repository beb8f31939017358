import { defineConfig } from 'vitest/config';

// End-to-end: the real browser shell driven in the system Chromium, one file at a time (2 cores).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
