import { closeSync, existsSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** A compile takes 10–20 s; a lock older than this belongs to a process that died without cleaning up. */
const STALE_AFTER_MS = 5 * 60_000;
const POLL_MS = 250;

/**
 * Runs `produce` unless `target` already exists, letting only one process at a time produce it.
 * Why: vitest runs test files in several forks and each may need the same SEF on a cold cache;
 * without the lock every fork would spend 10–20 s of CPU compiling the same stylesheet on a
 * 2-core machine. Correctness does not depend on the lock (the target is written by rename, so
 * readers never see a partial file); the lock only avoids duplicated work.
 */
export async function produceOnce(target: string, produce: () => Promise<void>, timeoutMs = 10 * 60_000): Promise<void> {
  const lockPath = `${target}.lock`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (existsSync(target)) return;
    if (tryAcquire(lockPath)) {
      try {
        // Another process may have finished between our existence check and taking the lock.
        if (!existsSync(target)) await produce();
      } finally {
        release(lockPath);
      }
      return;
    }
    if (isStale(lockPath)) {
      release(lockPath);
      continue;
    }
    if (Date.now() > deadline) throw new Error(`[validation oracle] timed out waiting for ${lockPath} (another process compiling?)`);
    await sleep(POLL_MS);
  }
}

function tryAcquire(lockPath: string): boolean {
  try {
    const fd = openSync(lockPath, 'wx');
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function release(lockPath: string): void {
  try {
    unlinkSync(lockPath);
  } catch {
    // Already removed (stale-lock takeover by another process): nothing to release.
  }
}

function isStale(lockPath: string): boolean {
  try {
    if (Date.now() - statSync(lockPath).mtimeMs > STALE_AFTER_MS) return true;
    const pid = Number(readFileSync(lockPath, 'utf8'));
    return Number.isInteger(pid) && pid > 0 && !isAlive(pid);
  } catch {
    return false; // Lock vanished or is being written: just poll again.
  }
}

/** Signal 0 only probes whether the process exists; it sends nothing. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
