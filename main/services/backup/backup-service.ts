import { randomUUID } from 'node:crypto';
import { renameSync, rmSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import type { BackupStatus } from '@shared/backup/backup-views';
import { formatLongDate, parisToday } from '@shared/dates/french-dates';
import { AppError } from '../../errors/app-error';
import type { EventBus } from '../../events/event-bus';
import type { Clock } from '../clock';
import type { DesktopActions } from '../desktop-actions';
import type { SecretStore } from '../secrets/secret-store';
import type { Launched } from '../tasks/launched';
import type { TaskContext, TaskRunner } from '../tasks/task-runner';
import { chooseDestination, deliverFile, type Delivered } from '../transfers/deliver-file';
import type { FileTransfers } from '../transfers/file-transfers';
import { createBackupFolder, type BackupRecord } from './backup-records';
import { makeVerifiedBackup, type BackupFacts } from './make-backup';
import { createRestorer, type RestoreResult } from './restore';
import { backupsToKeep } from './rotation';
import { encryptSecrets } from './secrets-bundle';

/** Accueil warns when the last good backup is older than this. */
export const BACKUP_OVERDUE_DAYS = 7;
const DAY_MS = 86_400_000;

export interface BackupServiceDeps {
  db: Database;
  dataDir: string;
  clock: Clock;
  tasks: TaskRunner;
  events: EventBus;
  secrets: SecretStore;
  transfers: FileTransfers;
  desktop?: DesktopActions;
  /** Holds new calls and background work and waits for those in flight; returns what resumes them. */
  quiesce(): Promise<() => void>;
  /**
   * After a restore: the journal is sealed again with this computer's key (the restored secrets may have
   * brought the backup's own key; without them, the restored chain is anchored to the local key).
   */
  reanchor?: () => void;
  log?: (message: string, details?: Record<string, unknown>) => void;
}

const SQLITE_FILTER = [{ name: 'Sauvegarde Facturier', extensions: ['sqlite'] }];

/**
 * Backups of the one database: automatic ones in the data folder (at start and daily, rotated), the user's
 * « Sauvegarder maintenant » to a place they pick, and restore. One at a time: a second request while one
 * runs is told so. Each runs as a task of the core (progress events, never holding the thread long).
 */
export function createBackupService(deps: BackupServiceDeps) {
  const folder = createBackupFolder(deps.dataDir);
  let current: Promise<unknown> | null = null;

  function exclusive<T>(
    kind: string,
    label: string,
    work: (context: TaskContext) => Promise<T>,
    options: { isCancellable?: boolean; outcome?: (value: T) => { message?: string; file?: Delivered } } = {},
  ): { status: 'started'; taskId: string; result: Promise<T> } {
    if (current) throw AppError.of('backup_busy');
    const { taskId, result } = deps.tasks.start(kind, label, work, options);
    const settled = result.finally(() => (current = null));
    current = settled.catch(() => undefined);
    return { status: 'started', taskId, result: settled };
  }

  function rotate(): void {
    const automatic = folder.list().filter((b) => b.kind === 'auto');
    const keep = backupsToKeep(automatic);
    for (const backup of automatic) if (!keep.has(backup)) folder.remove(backup);
    for (const backup of folder.safetyCopiesToDrop()) folder.remove(backup);
    for (const path of folder.orphans()) rmSync(path, { force: true });
  }

  const announce = () => deps.events.emit('data:changed', { lists: ['backups'] });

  /** A verified copy into the backups folder: its record is written first, then the file renamed into place. */
  async function storeBackup(kind: 'auto' | 'safety', context: TaskContext): Promise<BackupRecord> {
    const now = deps.clock.now();
    const name = folder.nameFor(kind, now.toISOString());
    const partial = deps.transfers.workPath(`${randomUUID()}.sqlite`);
    const facts = await makeVerifiedBackup(deps.db, partial, context, { now, kind, keepEvenIfFlawed: kind === 'safety' });
    const record: BackupRecord = { id: name.replace(/\.sqlite$/, ''), kind, location: name, ...facts };
    try {
      folder.record(record);
      renameSync(partial, folder.pathOf(name));
    } catch {
      rmSync(partial, { force: true });
      throw new AppError('backup_failed');
    }
    return record;
  }

  const restorer = createRestorer({
    ...deps,
    storeSafetyCopy: async (context) => {
      const record = await storeBackup('safety', context);
      return { record, path: folder.pathOf(record.location) };
    },
  });

  function restoreFile(path: string, passphrase?: string) {
    return exclusive<RestoreResult>('restore', 'Restauration d’une sauvegarde', (context) => restorer.restore(path, passphrase, context), {
      isCancellable: false,
      outcome: (restored) => ({
        message:
          `Restauration terminée : ${restored.issuedInvoices} pièce${restored.issuedInvoices > 1 ? 's' : ''} émise${restored.issuedInvoices > 1 ? 's' : ''}, journal vérifié. ` +
          `Vos données d’avant sont gardées dans ${restored.safetyCopy}.` +
          (restored.secrets === 'skipped' ? ' Les secrets Chorus Pro n’ont pas été restaurés : saisissez-les de nouveau dans Réglages.' : ''),
      }),
    });
  }

  return {
    folder: folder.dir,

    status(): BackupStatus {
      const backups = folder.list();
      const lastGood = backups.find((b) => b.kind !== 'safety') ?? null;
      const age = lastGood ? deps.clock.now().getTime() - new Date(lastGood.at).getTime() : Infinity;
      return { lastGood, isOverdue: age > BACKUP_OVERDUE_DAYS * DAY_MS, backups, folder: folder.dir };
    },

    /** The automatic backup (at start and daily): into the backups folder, then the rotation. */
    runAutomatic(): Promise<BackupRecord> {
      return exclusive('backup', 'Sauvegarde automatique', async (context) => {
        const record = await storeBackup('auto', context);
        rotate();
        deps.log?.('automatic backup done', { size: record.size, journalEvents: record.journalEvents });
        announce();
        return record;
      }).result;
    },

    /**
     * « Sauvegarder maintenant »: the desktop asks where first (a USB key), the browser host downloads it.
     * With `includeSecrets`, the Chorus Pro secrets travel in it, encrypted with the user's passphrase.
     */
    async saveNow(options: { includeSecrets: boolean; passphrase?: string }): Promise<Launched<Delivered>> {
      if (current) throw AppError.of('backup_busy');
      const secretsBundle = options.includeSecrets ? await encryptSecrets(Object.fromEntries(deps.secrets.entries()), options.passphrase ?? '') : undefined;
      const fileName = `Facturier-sauvegarde-${parisToday(deps.clock.now())}.sqlite`;
      const destination = await chooseDestination(deps.desktop, { title: 'Enregistrer la sauvegarde', defaultName: fileName, filters: SQLITE_FILTER });
      if (!destination) return { status: 'cancelled' };
      let facts: BackupFacts | undefined;
      const onDelivered = (where: string) => {
        if (!facts) return;
        folder.record({ id: randomUUID(), kind: 'manual', location: where, ...facts });
        announce();
      };
      const produce = async (path: string, context: TaskContext) => {
        facts = await makeVerifiedBackup(deps.db, path, context, { now: deps.clock.now(), kind: 'manual', ...(secretsBundle ? { secretsBundle } : {}) });
      };
      return exclusive<Delivered>(
        'backup',
        'Sauvegarde',
        (context) =>
          deliverFile(destination, (path) => produce(path, context), {
            fileName,
            mimeType: 'application/vnd.sqlite3',
            workPath: deps.transfers.workPath(`${randomUUID()}.sqlite`),
            transfers: deps.transfers,
            onDelivered,
          }),
        {
          outcome: (file) => ({
            file,
            message: `Sauvegarde vérifiée du ${formatLongDate(parisToday(deps.clock.now()))}${secretsBundle ? ', secrets chiffrés compris' : ''}.`,
          }),
        },
      );
    },

    /**
     * Restores a backup file: from an upload (browser host) or a file the desktop user picks. The task checks
     * the file, keeps a safety copy, swaps the data and reports.
     */
    async restore(options: { uploadId?: string; passphrase?: string }): Promise<Launched<RestoreResult>> {
      if (current) throw AppError.of('backup_busy');
      if (options.uploadId !== undefined) {
        const uploadId = options.uploadId;
        const launched = restoreFile(deps.transfers.uploaded(uploadId).path, options.passphrase);
        void launched.result.catch(() => undefined).finally(() => deps.transfers.discardUpload(uploadId));
        return launched;
      }
      if (!deps.desktop) throw new AppError('invalid_input', 'Choisissez le fichier de sauvegarde à restaurer.', 'file');
      const path = await deps.desktop.chooseOpenPath({ title: 'Restaurer une sauvegarde', filters: [{ name: 'Sauvegarde Facturier', extensions: ['sqlite', 'db'] }] });
      return path === null ? { status: 'cancelled' } : restoreFile(path, options.passphrase);
    },

    /** The restore itself, on a file path. */
    restoreFile,
    /** Resolves once no backup or restore runs (tests, and a core that stops). */
    async idle(): Promise<void> {
      while (current) await current;
    },
    rotate,
  };
}

export type BackupService = ReturnType<typeof createBackupService>;
