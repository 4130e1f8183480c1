import { afterEach } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh folder per test, removed afterwards: every test starts as a new user would. */
export function makeTempDir(prefix = 'facturier-test-'): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/**
 * Per-test cleanups for files that create folders and other things to undo: `tempDir()` makes a fresh
 * folder removed after the test; `onCleanup()` adds anything else (run in reverse order).
 */
export function useCleanups() {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).reverse().forEach((cleanup) => cleanup()));
  return {
    onCleanup(cleanup: () => void): void {
      cleanups.push(cleanup);
    },
    tempDir(): string {
      const dir = makeTempDir();
      cleanups.push(dir.remove);
      return dir.path;
    },
  };
}
