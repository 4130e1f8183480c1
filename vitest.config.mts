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
    // CI runs on a loaded 2-core machine where a real browser can miss a beat; one retry there keeps a
    // timing hiccup from failing the run, while a test that fails twice still fails.
    retry: process.env.CI ? 1 : 0,
  },
});
