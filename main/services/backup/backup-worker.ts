/**
 * The worker thread that reads backup files: `integrity_check`, migrating a restored copy and verifying the
 * journal each take seconds on a large database, and the core must never stall that long. Built to
 * out/main/backup-worker.js (electron.vite.config.ts); from the TypeScript sources, run-in-worker.ts loads
 * it through tsx. It answers requests one by one, by id, until it is terminated.
 */
import Database from 'better-sqlite3';
import { parentPort } from 'node:worker_threads';
import { inspectDatabaseFile, prepareRestoreCopy } from './inspect-backup';

/**
 * `copy-into` is the restore's swap: SQLite's backup API from the checked copy into the live database
 * file. Here, its final commit (the fsync of the whole database, and the checkpoint of the WAL that
 * follows) holds this thread, never the core's.
 */
export type BackupWorkerRequest =
  | { op: 'inspect'; path: string }
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
        ? inspectDatabaseFile(request.path)
        : request.op === 'prepare-restore'
          ? prepareRestoreCopy(request.source, request.workCopy)
          : await copyInto(request.source, request.destination);
    parentPort?.postMessage({ id, ok: true, value });
  } catch (error) {
    parentPort?.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
