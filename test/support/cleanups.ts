import { afterEach } from 'vitest';
import { makeTempDir } from './temp-dir';

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
