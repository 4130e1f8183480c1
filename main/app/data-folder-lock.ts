import type Database from 'better-sqlite3';
import { join } from 'node:path';
import { openLockFile, readLockHolder, releaseLockFile, takeWriteLock } from '../db/lock-file';
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
    const holder = readLockHolder(db);
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
  const db = openLockFile(path, BUSY_WAIT_MS);
  try {
    takeWriteLock(db, { pid: process.pid, kind });
  } catch (error) {
    const refusal = isBusy(error) ? lockedError(db) : error;
    db.close();
    throw refusal;
  }
  let isReleased = false;
  return {
    release() {
      if (isReleased) return;
      isReleased = true;
      releaseLockFile(db);
    },
  };
}
