import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A fresh folder per test, removed afterwards: every test starts as a new user would. No vitest here: the
 * benchmarks (`npm run bench`, plain tsx) use it too; per-test cleanups are in cleanups.ts.
 */
export function makeTempDir(prefix = 'facturier-test-'): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
