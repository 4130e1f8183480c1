import Database, { type Database as Db } from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { parisToday } from '@shared/dates/french-dates';
import { APP_VERSION } from '../../app/app-version';
import { schemaVersion } from '../../db/migrate';
import { writeBackupInfo } from '../../db/repositories/backup-queries';
import { AppError } from '../../errors/app-error';
import { TaskCancelled, type TaskContext } from '../tasks/task-runner';
import { hashFile } from '../transfers/file-hash';
import type { BackupRecord } from './backup-records';
import { copyOutInWorker, inspectInWorker } from './run-in-worker';

export type BackupFacts = Omit<BackupRecord, 'id' | 'kind' | 'location'>;

export const WRITE_FAILED =
  'La sauvegarde n’a pas pu être écrite (disque plein, clé retirée ou dossier protégé en écriture). Vos données n’ont pas été modifiées.';

/**
 * Makes one verified backup at `target`: SQLite's online copy (in the worker thread, see backup-worker.ts), then the copy is made a
 * single self-contained file (rollback journal, not WAL) carrying its own metadata (app version, schema,
 * date, and the secrets bundle when asked), then a worker thread opens it read-only and checks it:
 * `integrity_check`, the journal's chain, the chain head (inspect-backup.ts says why not the whole record). Only then does it count; a copy that fails
 * is deleted and the failure named.
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
    ({ totalPages: pages } = await copyOutInWorker(db.name, target, {
      signal: context.signal,
      onProgress: ({ copiedPages, totalPages }) => context.progress(copiedPages, withVerification(totalPages), 'Copie des données…'),
    }));
    const copy = new Database(target);
    try {
      copy.pragma('journal_mode = DELETE');
      const manifest = { format: 1, appVersion: APP_VERSION, schemaVersion: schemaVersion(copy), createdAt: options.now.toISOString(), kind: options.kind };
      writeBackupInfo(copy, { manifest: JSON.stringify(manifest), ...(options.secretsBundle ? { secrets: options.secretsBundle } : {}) });
    } finally {
      copy.close();
    }
  } catch (error) {
    rmSync(target, { force: true });
    if (error instanceof TaskCancelled || context.signal.aborted) throw new TaskCancelled();
    throw new AppError('backup_failed', WRITE_FAILED);
  }
  try {
    context.progress(pages, withVerification(pages), 'Vérification de la sauvegarde…');
    // The file's hash is read while the worker checks it (the file no longer changes): two cores at work.
    const [inspection, { sha256, size }] = await Promise.all([inspectInWorker({ op: 'inspect', path: target }, context.signal), hashFile(target)]);
    if (inspection.problem && !options.keepEvenIfFlawed) {
      throw new AppError('backup_failed', `La copie ne passe pas la vérification : ${inspection.problem.message} Elle n’a pas été gardée.`);
    }
    return {
      at: options.now.toISOString(),
      day: parisToday(options.now),
      size,
      sha256,
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
