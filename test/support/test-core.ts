import { afterEach } from 'vitest';
import { createCore, type Core, type CoreOptions } from '../../main/app/create-core';
import { fixedClock, type Clock } from '../../main/services/clock';
import type { DesktopActions } from '../../main/services/desktop-actions';
import type { Scheduler } from '../../main/services/scheduler';
import { makeTempDir } from './temp-dir';

export const TEST_NOW = '2026-11-27T10:00:00Z';

/**
 * Real cores on real SQLite files for integration tests, closed and removed after each test. Call once at
 * the top of a test file; `open()` makes a fresh data folder unless one is given (to test a restart).
 */
export function useTestCores() {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).reverse().forEach((cleanup) => cleanup()));
  return {
    tempDir(): string {
      const dir = makeTempDir();
      cleanups.push(dir.remove);
      return dir.path;
    },
    /** `core`: more options for createCore (Chorus Pro endpoints, fetch…). */
    open(options: { dataDir?: string; now?: string; clock?: Clock; scheduler?: Scheduler; desktop?: DesktopActions; core?: Partial<CoreOptions> } = {}): Core & { dataDir: string } {
      const dataDir = options.dataDir ?? this.tempDir();
      const core = createCore({
        dataDir,
        transport: options.desktop ? 'electron' : 'browser',
        validateOutput: true,
        clock: options.clock ?? fixedClock(options.now ?? TEST_NOW),
        ...(options.scheduler ? { scheduler: options.scheduler } : {}),
        ...(options.desktop ? { desktop: options.desktop } : {}),
        ...options.core,
      });
      cleanups.push(() => core.close());
      return Object.assign(core, { dataDir });
    },
  };
}
