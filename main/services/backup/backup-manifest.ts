import Database from 'better-sqlite3';
import { schemaVersion } from '../../db/migrate';
import { writeBackupInfo } from '../../db/repositories/backup-queries';
import type { BackupRecord } from './backup-records';

/** What a backup file says of itself, besides its schema version (read from the copy). */
export interface BackupManifestFacts {
  appVersion: string;
  createdAt: string;
  kind: BackupRecord['kind'];
  /** The passphrase-encrypted secrets, when the user asked for them (secrets-bundle.ts). */
  secretsBundle?: string;
}

/**
 * Makes a fresh copy of the database a single self-contained file (rollback journal, not WAL) carrying its
 * manifest. Run in the backup worker: leaving WAL mode writes the copy's pages to disk, which for a large
 * copy takes a second. Not synced here: the caller writes the file to disk while it is being checked.
 */
export function sealBackupCopy(path: string, facts: BackupManifestFacts): void {
  const copy = new Database(path, { fileMustExist: true });
  try {
    copy.pragma('synchronous = OFF');
    copy.pragma('journal_mode = DELETE');
    const manifest = { format: 1, appVersion: facts.appVersion, schemaVersion: schemaVersion(copy), createdAt: facts.createdAt, kind: facts.kind };
    writeBackupInfo(copy, { manifest: JSON.stringify(manifest), ...(facts.secretsBundle ? { secrets: facts.secretsBundle } : {}) });
  } finally {
    copy.close();
  }
}
