import type { Database } from 'better-sqlite3';
import { TaskCancelled } from '../tasks/task-runner';

/** How long one step of the copy may hold the thread: the core answers the window between steps. */
const STEP_BUDGET_MS = 15;
const FIRST_STEP_PAGES = 64;
const MAX_STEP_PAGES = 65_536;

export interface CopyProgress {
  copiedPages: number;
  totalPages: number;
}

/**
 * SQLite's online backup of `source` into the file `destination`, in steps sized so each takes about
 * 15 ms (each step runs in its own turn of the event loop; the page count adapts to the disk's speed).
 * Writes by this connection during the copy are carried into it, so the result is one consistent state.
 * A cancelled signal stops the copy between two steps (the caller removes the partial file).
 */
export async function copyDatabaseOnline(
  source: Database,
  destination: string,
  options: { signal?: AbortSignal; onProgress?: (progress: CopyProgress) => void } = {},
): Promise<CopyProgress> {
  let pages = FIRST_STEP_PAGES;
  let stepStarted = performance.now();
  const result = await source.backup(destination, {
    progress({ totalPages, remainingPages }) {
      if (options.signal?.aborted) throw new TaskCancelled();
      const elapsed = Math.max(0.1, performance.now() - stepStarted);
      pages = Math.max(16, Math.min(MAX_STEP_PAGES, Math.round(pages * Math.min(4, STEP_BUDGET_MS / elapsed))));
      options.onProgress?.({ copiedPages: totalPages - remainingPages, totalPages });
      stepStarted = performance.now();
      return pages;
    },
  });
  return { copiedPages: result.totalPages, totalPages: result.totalPages };
}
