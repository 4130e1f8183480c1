/**
 * The worker thread that reads backup files: `integrity_check`, migrating a restored copy and verifying the
 * journal each take seconds on a large database, and the core must never stall that long. Built to
 * out/main/backup-worker.js (electron.vite.config.ts); from the TypeScript sources, run-in-worker.ts loads
 * it through tsx. It answers requests one by one, by id, until it is terminated.
 */
import { parentPort } from 'node:worker_threads';
import { copyDatabaseInto, copyDatabaseSnapshot } from '../../db/database-copy';
import { sealBackupCopy, type BackupManifestFacts } from './backup-manifest';
import { inspectDatabaseFile, inspectIntegrity, prepareRestoreCopy } from './inspect-backup';

/**
 * `copy-out` is the backup's copy when the database file cannot simply be copied (make-backup.ts): a snapshot
 * of the live database through its own read-only connection, in large steps, each a progress message. `seal`
 * makes a copy a self-contained backup file with its manifest (backup-manifest.ts). `integrity` is SQLite's
 * integrity_check of a file, run by a second worker while the first walks the journal. `copy-into` is the
 * restore's swap: SQLite's backup API from the checked copy into the live database file; its final commit
 * (the fsync of the whole database, and the checkpoint of the WAL that follows) holds this thread, never the
 * core's. The copies are in main/db/database-copy.ts. `ready` answers once the worker has loaded its code.
 */
export type BackupWorkerRequest =
  | { op: 'inspect'; path: string; integrityCheckedElsewhere?: boolean; mapped?: boolean }
  | { op: 'integrity'; path: string; mapped?: boolean }
  | { op: 'copy-out'; source: string; destination: string }
  | { op: 'seal'; path: string; manifest: BackupManifestFacts }
  | { op: 'prepare-restore'; source: string; workCopy: string }
  | { op: 'copy-into'; source: string; destination: string }
  | { op: 'ready' };

parentPort?.on('message', async ({ id, request }: { id: number; request: BackupWorkerRequest }) => {
  try {
    const value =
      request.op === 'inspect'
        ? inspectDatabaseFile(request.path, { depth: 'chain', integrityCheckedElsewhere: request.integrityCheckedElsewhere, mapped: request.mapped })
        : request.op === 'integrity'
          ? inspectIntegrity(request.path, { mapped: request.mapped })
          : request.op === 'copy-out'
            ? await copyDatabaseSnapshot(request.source, request.destination, (progress) => parentPort?.postMessage({ id, progress }))
            : request.op === 'seal'
              ? sealBackupCopy(request.path, request.manifest)
              : request.op === 'prepare-restore'
                ? prepareRestoreCopy(request.source, request.workCopy)
                : request.op === 'copy-into'
                  ? await copyDatabaseInto(request.source, request.destination).then(() => null)
                  : null;
    parentPort?.postMessage({ id, ok: true, value });
  } catch (error) {
    parentPort?.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
