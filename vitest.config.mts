import { defineConfig } from 'vitest/config';
import { sharedAlias } from './shared-alias.config';

// One runner for every kind of test (unit, integration, end to end in Chromium). Two workers: the
// machines have two cores, and each end-to-end file starts its own Chromium and app.
export default defineConfig({
  resolve: { alias: sharedAlias },
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
