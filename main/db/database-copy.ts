import Database from 'better-sqlite3';

export interface CopyProgress {
  copiedPages: number;
  totalPages: number;
}

/** Pages per step of a copy out of the live database: 64 MB at SQLite's default page size, a progress each. */
const SNAPSHOT_STEP_PAGES = 16_384;

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
