import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A fresh folder, removed by `remove()`. Kept apart from temp-dir.ts (which imports vitest for its per-test
 * cleanups) so benchmarks, run by tsx outside vitest, can use it too.
 */
export function makeTempDir(prefix = 'facturier-test-'): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
