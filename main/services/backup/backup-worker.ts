/**
 * The worker thread that reads backup files: `integrity_check`, migrating a restored copy and verifying the
 * journal each take seconds on a large database, and the core must never stall that long. Built to
 * out/main/backup-worker.js (electron.vite.config.ts); from the TypeScript sources, run-in-worker.ts loads
 * it through tsx. It answers requests one by one, by id, until it is terminated.
 */
import { parentPort } from 'node:worker_threads';
import { copyDatabaseInto, copyDatabaseSnapshot } from '../../db/database-copy';
import { inspectDatabaseFile, prepareRestoreCopy } from './inspect-backup';

/**
 * `copy-out` is the backup's copy: a snapshot of the live database through its own read-only connection, in
 * large steps, each a progress message. `copy-into` is the restore's swap: SQLite's backup API from the
 * checked copy into the live database file; its final commit (the fsync of the whole database, and the
 * checkpoint of the WAL that follows) holds this thread, never the core's. Both in main/db/database-copy.ts.
 */
export type BackupWorkerRequest =
  | { op: 'inspect'; path: string }
  | { op: 'copy-out'; source: string; destination: string }
  | { op: 'prepare-restore'; source: string; workCopy: string }
  | { op: 'copy-into'; source: string; destination: string };

parentPort?.on('message', async ({ id, request }: { id: number; request: BackupWorkerRequest }) => {
  try {
    const value =
      request.op === 'inspect'
        ? inspectDatabaseFile(request.path, { depth: 'chain' })
        : request.op === 'copy-out'
          ? await copyDatabaseSnapshot(request.source, request.destination, (progress) => parentPort?.postMessage({ id, progress }))
          : request.op === 'prepare-restore'
            ? prepareRestoreCopy(request.source, request.workCopy)
            : await copyDatabaseInto(request.source, request.destination).then(() => null);
    parentPort?.postMessage({ id, ok: true, value });
  } catch (error) {
    parentPort?.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
