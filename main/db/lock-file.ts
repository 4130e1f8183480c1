import Database from 'better-sqlite3';

/** Who holds a data folder: written in the lock file so a refused process can say who it is. */
export interface LockHolder {
  pid: number;
  kind: string;
}

/** The lock file: a tiny SQLite database beside the records; waits `busyWaitMs` for a lock held an instant. */
export function openLockFile(path: string, busyWaitMs: number): Database.Database {
  return new Database(path, { timeout: busyWaitMs });
}

/**
 * Writes the holder, then opens a write transaction that stays open: for as long as it is, SQLite's write
 * lock on the file (held by the operating system) is the data folder's lock. Throws SQLITE_BUSY when another
 * process holds it.
 */
export function takeWriteLock(db: Database.Database, holder: LockHolder): void {
  try {
    db.exec('CREATE TABLE IF NOT EXISTS holder (id INTEGER PRIMARY KEY CHECK (id = 1), pid INTEGER NOT NULL, kind TEXT NOT NULL, since TEXT NOT NULL)');
    db.exec('BEGIN IMMEDIATE');
    db.prepare('INSERT OR REPLACE INTO holder (id, pid, kind, since) VALUES (1, ?, ?, ?)').run(holder.pid, holder.kind, new Date().toISOString());
    db.exec('COMMIT');
    // From here until release, this open write transaction is the lock; readers may still read the holder.
    db.exec('BEGIN IMMEDIATE');
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

/** The holder written by the process that holds the lock; undefined while it is writing it. */
export function readLockHolder(db: Database.Database): LockHolder | undefined {
  return db.prepare('SELECT pid, kind FROM holder WHERE id = 1').get() as LockHolder | undefined;
}

/** Gives the lock back and closes the file. */
export function releaseLockFile(db: Database.Database): void {
  if (db.inTransaction) db.exec('ROLLBACK');
  db.close();
}
