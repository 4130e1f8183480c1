/**
 * The worker thread that reads backup files: `integrity_check`, migrating a restored copy and verifying the
 * journal each take seconds on a large database, and the core must never stall that long. Built to
 * out/main/backup-worker.js (electron.vite.config.ts); from the TypeScript sources, run-in-worker.ts loads
 * it through tsx. It answers requests one by one, by id, until it is terminated.
 */
import { parentPort } from 'node:worker_threads';
import { copyCheckpointedFile, copyDatabaseInto, copyDatabaseSnapshot, type CopyProgress } from '../../db/database-copy';
import { sealBackupCopy, type BackupManifestFacts } from './backup-manifest';
import { inspectDatabaseFile, inspectIntegrity, prepareRestoreCopy } from './inspect-backup';

/**
 * `copy-out` is the backup's copy: the database file itself when a checkpoint leaves it whole (the core has
 * paused its own checkpoints, see make-backup.ts), else a snapshot of the live database through its own
 * read-only connection, in large steps, each a progress message; then sealed with its manifest
 * (backup-manifest.ts). `integrity` is SQLite's integrity_check of a file, run by a second worker while the
 * first walks the journal (make-backup.ts). `copy-into` is the restore's swap: SQLite's backup API from the
 * checked copy into the live database file; its final commit (the fsync of the whole database, and the
 * checkpoint of the WAL that follows) holds this thread, never the core's. The copies are in
 * main/db/database-copy.ts.
 */
export type BackupWorkerRequest =
  | { op: 'inspect'; path: string; integrityCheckedElsewhere?: boolean; mapped?: boolean }
  | { op: 'integrity'; path: string; mapped?: boolean }
  | { op: 'copy-out'; source: string; destination: string; manifest: BackupManifestFacts }
  | { op: 'prepare-restore'; source: string; workCopy: string }
  | { op: 'copy-into'; source: string; destination: string };

async function copyOut(request: Extract<BackupWorkerRequest, { op: 'copy-out' }>, onProgress: (progress: CopyProgress) => void): Promise<{ totalPages: number }> {
  const copied = copyCheckpointedFile(request.source, request.destination) ?? (await copyDatabaseSnapshot(request.source, request.destination, onProgress));
  sealBackupCopy(request.destination, request.manifest);
  return copied;
}

parentPort?.on('message', async ({ id, request }: { id: number; request: BackupWorkerRequest }) => {
  try {
    const value =
      request.op === 'inspect'
        ? inspectDatabaseFile(request.path, { depth: 'chain', integrityCheckedElsewhere: request.integrityCheckedElsewhere, mapped: request.mapped })
        : request.op === 'integrity'
          ? inspectIntegrity(request.path, { mapped: request.mapped })
          : request.op === 'copy-out'
            ? await copyOut(request, (progress) => parentPort?.postMessage({ id, progress }))
            : request.op === 'prepare-restore'
              ? prepareRestoreCopy(request.source, request.workCopy)
              : await copyDatabaseInto(request.source, request.destination).then(() => null);
    parentPort?.postMessage({ id, ok: true, value });
  } catch (error) {
    parentPort?.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
