import Database, { type Database as Db } from 'better-sqlite3';
import { copyFile, stat } from 'node:fs/promises';

export interface CopyProgress {
  copiedPages: number;
  totalPages: number;
}

/** Pages per step of a copy out of the live database: 64 MB at SQLite's default page size, a progress each. */
const SNAPSHOT_STEP_PAGES = 16_384;

/**
 * Stops the live connection's automatic checkpoints until the returned function is called: while they are
 * stopped, commits go to the WAL only and nothing writes the database file (see copyCheckpointedFile).
 */
export function pauseCheckpoints(db: Db): () => void {
  const previous = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  db.pragma('wal_autocheckpoint = 0');
  return () => {
    if (db.open) db.pragma(`wal_autocheckpoint = ${previous}`);
  };
}

/**
 * The fast copy: the database file itself, copied by the kernel off the core's thread, when the file alone
 * holds the whole database. In WAL mode only a checkpoint writes the database file; once a checkpoint on the
 * live connection `db` has moved every frame of the WAL into it, the file is the database as of the last
 * commit, and stays so while no checkpoint runs: the caller has paused the live connection's
 * (pauseCheckpoints), and this process has no other writer. Null, and nothing copied, when the checkpoint
 * could not move every frame (a reader still on an older snapshot) or the database is not in WAL mode: the
 * caller then copies with SQLite's backup API.
 */
export async function copyCheckpointedFile(db: Db, destination: string): Promise<{ totalPages: number } | null> {
  if (db.pragma('journal_mode', { simple: true }) !== 'wal') return null;
  // PASSIVE never waits: it moves what no reader still needs (a few MB at most, the WAL is checkpointed every 1,000 pages).
  const [result] = db.pragma('wal_checkpoint(PASSIVE)') as Array<{ busy: number; log: number; checkpointed: number }>;
  if (!result || result.busy !== 0 || result.log !== result.checkpointed) return null;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  await copyFile(db.name, destination);
  return { totalPages: Math.ceil((await stat(destination)).size / pageSize) };
}

/**
 * A copy of the database file `source` as it was when the copy began: its own read-only connection, one read
 * transaction (WAL readers never block the writers nor see them), SQLite's backup API in large steps.
 */
export async function copyDatabaseSnapshot(source: string, destination: string, onProgress: (progress: CopyProgress) => void): Promise<{ totalPages: number }> {
  const from = new Database(source, { readonly: true, fileMustExist: true });
  try {
    from.exec('BEGIN');
    from.prepare('SELECT count(*) FROM sqlite_master').get();
    const result = await from.backup(destination, {
      progress({ totalPages, remainingPages }) {
        onProgress({ copiedPages: totalPages - remainingPages, totalPages });
        return SNAPSHOT_STEP_PAGES;
      },
    });
    from.exec('COMMIT');
    return { totalPages: result.totalPages };
  } finally {
    from.close();
  }
}

/** SQLite's backup API from the file `source` into the database file `destination` (a restore's swap). */
export async function copyDatabaseInto(source: string, destination: string): Promise<void> {
  const from = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await from.backup(destination, { progress: () => 4096 });
  } finally {
    from.close();
  }
}
