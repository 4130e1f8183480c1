import { BackupStatus, Launched, RestoreBackupRequest, SaveBackupRequest } from '../../backup/backup-views';
import { NoInput } from '../no-input';

/**
 * Backups and restore (issue 13). Long work answers at once with a task id; the page follows it through
 * `task:progress`, whose last event says where the file went (or why it failed, in French).
 */
export const backupChannels = {
  'backups:status': { request: NoInput, response: BackupStatus },
  /** « Sauvegarder maintenant »: the desktop asks where (a USB key); the browser host downloads it. */
  'backups:save': { request: SaveBackupRequest, response: Launched, changes: ['backups'] },
  /** Restores a backup (an upload in the browser host, a file picked in the desktop app). */
  'backups:restore': { request: RestoreBackupRequest, response: Launched, changes: ['backups'] },
} as const;
