/**
 * The worker thread that reads backup files: `integrity_check`, migrating a restored copy and verifying the
 * journal each take seconds on a large database, and the core must never stall that long. Built to
 * out/main/backup-worker.js (electron.vite.config.ts); from the TypeScript sources, run-in-worker.ts loads
 * it through tsx. It answers requests one by one, by id, until it is terminated.
 */
import Database from 'better-sqlite3';
import { parentPort } from 'node:worker_threads';
import { inspectDatabaseFile, prepareRestoreCopy } from './inspect-backup';

/** Pages per step of a copy out of the live database: 64 MB at SQLite's default page size, a progress each. */
const COPY_OUT_STEP_PAGES = 16_384;

/**
 * `copy-out` is the backup's copy: its own read-only connection to the live database, one read transaction
 * (the copy is the database as it was when it began, whatever the core writes meanwhile: WAL readers never
 * block writers nor see them), SQLite's backup API in large steps. The core's thread is never held.
 */
async function copyOut(id: number, source: string, destination: string): Promise<{ totalPages: number }> {
  const from = new Database(source, { readonly: true, fileMustExist: true });
  try {
    from.exec('BEGIN');
    from.prepare('SELECT count(*) FROM sqlite_master').get();
    const result = await from.backup(destination, {
      progress({ totalPages, remainingPages }) {
        parentPort?.postMessage({ id, progress: { copiedPages: totalPages - remainingPages, totalPages } });
        return COPY_OUT_STEP_PAGES;
      },
    });
    from.exec('COMMIT');
    return { totalPages: result.totalPages };
  } finally {
    from.close();
  }
}

/**
 * `copy-into` is the restore's swap: SQLite's backup API from the checked copy into the live database
 * file. Here, its final commit (the fsync of the whole database, and the checkpoint of the WAL that
 * follows) holds this thread, never the core's.
 */
export type BackupWorkerRequest =
  | { op: 'inspect'; path: string }
  | { op: 'copy-out'; source: string; destination: string }
  | { op: 'prepare-restore'; source: string; workCopy: string }
  | { op: 'copy-into'; source: string; destination: string };

async function copyInto(source: string, destination: string): Promise<null> {
  const from = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await from.backup(destination, { progress: () => 4096 });
    return null;
  } finally {
    from.close();
  }
}

parentPort?.on('message', async ({ id, request }: { id: number; request: BackupWorkerRequest }) => {
  try {
    const value =
      request.op === 'inspect'
        ? inspectDatabaseFile(request.path, { depth: 'chain' })
        : request.op === 'copy-out'
          ? await copyOut(id, request.source, request.destination)
        : request.op === 'prepare-restore'
          ? prepareRestoreCopy(request.source, request.workCopy)
          : await copyInto(request.source, request.destination);
    parentPort?.postMessage({ id, ok: true, value });
  } catch (error) {
    parentPort?.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
