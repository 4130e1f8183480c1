import { defineConfig } from 'vitest/config';

// One runner for every kind of test. End-to-end files drive a real Chromium and share the machine's two
// cores, so files run one after another only where they declare it (see test/e2e).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
