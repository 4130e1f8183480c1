import Database from 'better-sqlite3';
import { join } from 'node:path';
import { AppError } from '../errors/app-error';
import { ensurePrivateFile } from './data-folder';

export const LOCK_FILE = 'facturier.lock';

export type LockHolderKind = 'browser' | 'electron';

export interface DataFolderLock {
  release(): void;
}

const holderNames: Record<string, string> = { browser: 'dans le navigateur', electron: 'dans l’application de bureau' };

/** Waits this long for a starting process that holds the lock for an instant, before refusing. */
const BUSY_WAIT_MS = 1_000;

const isBusy = (error: unknown) => typeof error === 'object' && error !== null && String((error as { code?: unknown }).code).startsWith('SQLITE_BUSY');

function lockedError(db: Database.Database): AppError {
  let detail = '';
  try {
    const holder = db.prepare('SELECT pid, kind FROM holder WHERE id = 1').get() as { pid: number; kind: string } | undefined;
    if (holder) detail = ` (${holderNames[holder.kind] ?? holder.kind}, processus ${holder.pid})`;
  } catch {
    // The holder may be writing its own line at this very instant: the message goes without the detail.
  }
  return new AppError(
    'data_folder_locked',
    `Facturier est déjà ouvert sur ce dossier de données${detail}. Fermez l’autre Facturier, puis réessayez.`,
  );
}

/**
 * One process per data folder, held by the operating system: the lock is a write lock SQLite takes on a
 * small file beside the database (fcntl on Linux and macOS, LockFileEx on Windows), held by an open
 * transaction for as long as the process lives. When a process dies, even by SIGKILL or a power cut, the
 * system drops its locks, so the next start takes over at once: no stale lock to judge from a PID or a
 * heartbeat, and no window where two processes could both decide a lock is stale. The holder writes its
 * PID and kind in the file, so the process that is refused can say who holds the folder.
 */
export function lockDataFolder(dataDir: string, kind: LockHolderKind): DataFolderLock {
  const path = join(dataDir, LOCK_FILE);
  ensurePrivateFile(path);
  const db = new Database(path, { timeout: BUSY_WAIT_MS });
  try {
    db.exec('CREATE TABLE IF NOT EXISTS holder (id INTEGER PRIMARY KEY CHECK (id = 1), pid INTEGER NOT NULL, kind TEXT NOT NULL, since TEXT NOT NULL)');
    db.exec('BEGIN IMMEDIATE');
    db.prepare('INSERT OR REPLACE INTO holder (id, pid, kind, since) VALUES (1, ?, ?, ?)').run(process.pid, kind, new Date().toISOString());
    db.exec('COMMIT');
    // From here until release, this open write transaction is the lock; readers may still read the holder.
    db.exec('BEGIN IMMEDIATE');
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    const refusal = isBusy(error) ? lockedError(db) : error;
    db.close();
    throw refusal;
  }
  let isReleased = false;
  return {
    release() {
      if (isReleased) return;
      isReleased = true;
      if (db.inTransaction) db.exec('ROLLBACK');
      db.close();
    },
  };
}
