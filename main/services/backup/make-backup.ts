import type { Database as Db } from 'better-sqlite3';
import { rmSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { parisToday } from '@shared/dates/french-dates';
import { APP_VERSION } from '../../app/app-version';
import { copyCheckpointedFile, pauseCheckpoints } from '../../db/database-copy';
import { AppError } from '../../errors/app-error';
import { TaskCancelled, type TaskContext } from '../tasks/task-runner';
import type { BackupRecord } from './backup-records';
import { copyOutInWorker, inspectInWorker, integrityInWorker, prepareWorkers, sealInWorker } from './run-in-worker';

export type BackupFacts = Omit<BackupRecord, 'id' | 'kind' | 'location'>;

export const WRITE_FAILED =
  'La sauvegarde n’a pas pu être écrite (disque plein, clé retirée ou dossier protégé en écriture). Vos données n’ont pas été modifiées.';

async function syncToDisk(path: string): Promise<void> {
  const file = await open(path, 'r+');
  try {
    await file.sync();
  } finally {
    await file.close();
  }
}

/**
 * Makes one verified backup at `target`: the copy (the database file itself after a checkpoint, copied by
 * the kernel; else SQLite's online copy in the worker thread, see backup-worker.ts), then the copy is made a
 * single self-contained file (rollback journal, not WAL) carrying its own metadata (app version, schema,
 * date, and the secrets bundle when asked), then two worker threads open it read-only and check it: `integrity_check` in one, the
 * journal's chain and its head in the other (inspect-backup.ts says why not the whole record), while the file
 * is written to disk. Only then does it count; a copy that fails is deleted and the failure named.
 */
export async function makeVerifiedBackup(
  db: Db,
  target: string,
  context: TaskContext,
  /** `keepEvenIfFlawed`: the safety copy before a restore is kept as it is, even when the data it copies no longer verifies (the very reason to restore). */
  options: { now: Date; kind: BackupRecord['kind']; secretsBundle?: string; keepEvenIfFlawed?: boolean },
): Promise<BackupFacts> {
  // The verification counts as a quarter of the copy on the progress bar.
  const withVerification = (pages: number) => pages + Math.ceil(pages / 4);
  let pages: number;
  try {
    // While the core's own checkpoints wait, the database file itself may be copied (database-copy.ts).
    const resumeCheckpoints = pauseCheckpoints(db);
    prepareWorkers();
    try {
      context.progress(0, 1, 'Copie des données…');
      const copied = await copyCheckpointedFile(db, target);
      ({ totalPages: pages } =
        copied ??
        (await copyOutInWorker(db.name, target, {
          signal: context.signal,
          onProgress: ({ copiedPages, totalPages }) => context.progress(copiedPages, withVerification(totalPages), 'Copie des données…'),
        })));
    } finally {
      resumeCheckpoints();
    }
    if (context.signal.aborted) throw new TaskCancelled();
    const manifest = { appVersion: APP_VERSION, createdAt: options.now.toISOString(), kind: options.kind, ...(options.secretsBundle ? { secretsBundle: options.secretsBundle } : {}) };
    await sealInWorker(target, manifest, context.signal);
  } catch (error) {
    rmSync(target, { force: true });
    if (error instanceof TaskCancelled || context.signal.aborted) throw new TaskCancelled();
    throw new AppError('backup_failed', WRITE_FAILED);
  }
  try {
    context.progress(pages, withVerification(pages), 'Vérification de la sauvegarde…');
    // The file no longer changes: integrity_check in one worker, the journal's chain in another, the file
    // written to disk meanwhile. It counts once all three are done.
    // Memory-mapped reads, except on the place a user picked for « Sauvegarder maintenant » (inspect-backup.ts).
    const mapped = options.kind !== 'manual';
    const [damaged, inspection] = await Promise.all([
      integrityInWorker(target, { signal: context.signal, mapped }),
      inspectInWorker({ op: 'inspect', path: target, integrityCheckedElsewhere: true, mapped }, context.signal),
      syncToDisk(target),
    ]);
    const problem = damaged ?? inspection.problem;
    if (problem && !options.keepEvenIfFlawed) {
      throw new AppError('backup_failed', `La copie ne passe pas la vérification : ${problem.message} Elle n’a pas été gardée.`);
    }
    return {
      at: options.now.toISOString(),
      day: parisToday(options.now),
      size: statSync(target).size,
      appVersion: APP_VERSION,
      schemaVersion: inspection.schemaVersion,
      chainHead: inspection.chainHead,
      journalEvents: inspection.journalEvents,
      issuedInvoices: inspection.issuedInvoices,
      hasSecrets: options.secretsBundle !== undefined,
    };
  } catch (error) {
    rmSync(target, { force: true });
    if (context.signal.aborted) throw new TaskCancelled();
    throw error;
  }
}
