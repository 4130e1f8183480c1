import type { Database as Db } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { DataList } from '@shared/ipc/data-lists';
import { latestVersion } from '../../db/migrations';
import { schemaVersion } from '../../db/migrate';
import { databasePath } from '../../db/open-database';
import { AppError } from '../../errors/app-error';
import type { EventBus } from '../../events/event-bus';
import { isSecretName, type SecretStore } from '../secrets/secret-store';
import type { TaskContext } from '../tasks/task-runner';
import type { FileTransfers } from '../transfers/file-transfers';
import type { BackupRecord } from './backup-records';
import { backupChainHead } from './chain-head';
import { copyIntoInWorker, inspectInWorker } from './run-in-worker';
import { decryptSecrets } from './secrets-bundle';

export interface RestoreResult {
  /** The file name of the copy of the data as it was just before, in the backups folder. */
  safetyCopy: string;
  chainHead: string;
  issuedInvoices: number;
  /** The schema version the backup was at (older ones were migrated). */
  fromSchemaVersion: number;
  /** 'restored' with the passphrase, 'kept' when the backup had none, 'skipped' when it had some but no passphrase was given. */
  secrets: 'restored' | 'kept' | 'skipped';
}

interface RestorerDeps {
  db: Db;
  dataDir: string;
  events: EventBus;
  secrets: SecretStore;
  transfers: FileTransfers;
  quiesce(): Promise<() => void>;
  /** Stores a verified copy of the current data in the backups folder; its record and full path. */
  storeSafetyCopy(context: TaskContext): Promise<{ record: BackupRecord; path: string }>;
  reanchor?: () => void;
  log?: (message: string, details?: Record<string, unknown>) => void;
}

const NOTHING_CHANGED = ' Rien n’a été modifié.';

/**
 * Restore without restarting by hand. The running core keeps its one connection, its prepared statements
 * and its services; what changes is the content of the database file under it:
 *  1. a private copy of the chosen file is checked in a worker thread (integrity, Facturier schema no newer
 *     than this app, migrated if older, journal verified) — the user's file is never written to;
 *  2. the secrets it carries are decrypted with the passphrase, before anything changes;
 *  3. the core is quiesced (new calls wait, calls in flight and background jobs finish);
 *  4. a safety copy of the current data goes to the backups folder (avant-restauration-….sqlite);
 *  5. SQLite's backup API copies the checked file *into* the live database file (in the worker thread, so
 *     the final fsync and checkpoint never hold the core), as one write transaction: a crash midway
 *     leaves the old data (WAL rollback). The live connection then reads
 *     the new pages; statements recompile on the schema change by themselves;
 *  6. the chain head is read back through the live connection; any failure from step 5 on copies the
 *     safety copy back the same way;
 *  7. the core resumes and `data:changed` lists everything, so every open screen refetches.
 */
export function createRestorer(deps: RestorerDeps) {
  async function copyInto(source: string, context: TaskContext, message: string): Promise<void> {
    context.progress(0, 0, message);
    await copyIntoInWorker(source, databasePath(deps.dataDir));
  }

  return {
    async restore(file: string, passphrase: string | undefined, context: TaskContext): Promise<RestoreResult> {
      const workCopy = deps.transfers.workPath(`restauration-${randomUUID()}.sqlite`);
      try {
        context.progress(0, 0, 'Vérification de la sauvegarde…');
        const checked = await inspectInWorker({ op: 'prepare-restore', source: file, workCopy });
        if (checked.problem) throw new AppError(checked.problem.code, `${checked.problem.message}${NOTHING_CHANGED}`);
        const secrets = checked.secretsBundle && passphrase ? await decryptSecrets(checked.secretsBundle, passphrase) : null;

        const resume = await deps.quiesce();
        try {
          context.progress(0, 0, 'Copie de sécurité des données actuelles…');
          const safety = await deps.storeSafetyCopy(context);
          try {
            await copyInto(workCopy, context, 'Restauration des données…');
            if (backupChainHead(deps.db) !== checked.chainHead || schemaVersion(deps.db) !== latestVersion) throw new Error('restored database reads back differently');
          } catch (error) {
            deps.log?.('restore failed, safety copy put back', { error: error instanceof Error ? error.message : 'unknown' });
            await copyInto(safety.path, context, 'Retour à l’état d’avant…');
            throw AppError.of('restore_failed');
          }
          if (secrets) for (const [name, value] of Object.entries(secrets)) if (isSecretName(name)) deps.secrets.set(name, value);
          // The backup's key came back with its secrets: same head. Otherwise one anchoring entry under the
          // local key follows the restored head, which stays in the chain unchanged (see holdsHead).
          deps.reanchor?.();
          deps.log?.('restore done', { fromSchemaVersion: checked.schemaVersion, issuedInvoices: checked.issuedInvoices });
          return {
            safetyCopy: safety.record.location,
            chainHead: checked.chainHead,
            issuedInvoices: checked.issuedInvoices,
            fromSchemaVersion: checked.schemaVersion,
            secrets: secrets ? 'restored' : checked.secretsBundle ? 'skipped' : 'kept',
          };
        } finally {
          resume();
          deps.events.emit('data:changed', { lists: [...DataList.options] });
        }
      } finally {
        rmSync(workCopy, { force: true });
      }
    },
  };
}
