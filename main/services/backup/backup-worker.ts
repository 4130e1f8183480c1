/**
 * The worker thread that reads backup files: `integrity_check`, migrating a restored copy and verifying the
 * journal each take seconds on a large database, and the core must never stall that long. Built to
 * out/main/backup-worker.js (electron.vite.config.ts); from the TypeScript sources, run-in-worker.ts loads
 * it through tsx. It answers requests one by one, by id, until it is terminated.
 */
import { parentPort } from 'node:worker_threads';
import { inspectDatabaseFile, prepareRestoreCopy } from './inspect-backup';

export type BackupWorkerRequest = { op: 'inspect'; path: string } | { op: 'prepare-restore'; source: string; workCopy: string };

parentPort?.on('message', ({ id, request }: { id: number; request: BackupWorkerRequest }) => {
  try {
    const value = request.op === 'inspect' ? inspectDatabaseFile(request.path) : prepareRestoreCopy(request.source, request.workCopy);
    parentPort?.postMessage({ id, ok: true, value });
  } catch (error) {
    parentPort?.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
