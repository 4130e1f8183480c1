import Database from 'better-sqlite3';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { dropAbandonedGenerations } from './directory-generations';

/** The directory of public structures: reference data, rebuilt from Chorus Pro's file, never in backups. */
export const DIRECTORY_FILE = 'annuaire.sqlite';

/**
 * The schema of the directory file (its own numbering, independent of the records' migrations). 2: the
 * search index became one column of tagged terms with its vocabulary (directory-generations.ts); a
 * generation built by version 1 cannot be searched any more and is dropped: the directory is imported again.
 */
const SCHEMA_VERSION = 2;

export function directoryPath(dataDir: string): string {
  return join(dataDir, DIRECTORY_FILE);
}

function createSchema(db: Database.Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS directory_state (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      generation INTEGER,
      next_generation INTEGER NOT NULL
    ) STRICT;
    INSERT OR IGNORE INTO directory_state (id, generation, next_generation) VALUES (1, NULL, 1);
    CREATE TABLE IF NOT EXISTS directory_imports (
      id INTEGER PRIMARY KEY,
      generation INTEGER NOT NULL,
      source TEXT NOT NULL,
      file_name TEXT NOT NULL,
      started_at TEXT NOT NULL,
      finished_at TEXT NOT NULL,
      duration_ms INTEGER NOT NULL,
      outcome TEXT NOT NULL CHECK (outcome IN ('done', 'failed', 'cancelled')),
      structures INTEGER NOT NULL,
      services INTEGER NOT NULL,
      rows_read INTEGER NOT NULL,
      rows_skipped INTEGER NOT NULL,
      report TEXT NOT NULL,
      error TEXT
    ) STRICT;
  `);
}

function open(path: string): Database.Database {
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    // Rebuildable data: a power cut may lose the last import, never corrupt the file (WAL).
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) throw new Error('directory file from a newer Facturier');
    db.transaction(() => {
      createSchema(db);
      if (version === 1) db.prepare('UPDATE directory_state SET generation = NULL WHERE id = 1').run();
      db.pragma(`user_version = ${SCHEMA_VERSION}`);
    })();
    dropAbandonedGenerations(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Opens the directory file beside the records. It only holds what an import can rebuild, so a file that
 * cannot be read (damaged, or written by a newer Facturier) is set aside and started afresh rather than
 * stopping the app; the user is told the directory is empty and re-imports it.
 */
export function openDirectoryDatabase(dataDir: string): Database.Database {
  mkdirSync(dataDir, { recursive: true });
  const path = directoryPath(dataDir);
  try {
    return open(path);
  } catch {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
    return open(path);
  }
}

/**
 * A second connection to the directory file, for the import's worker thread (import-worker.ts): the file is
 * already open in the core, which keeps serving searches from the generation in use meanwhile (WAL). A larger
 * page cache and in-memory sorting speed up the bulk insert and the index builds; durability stays that of
 * the file (WAL, synchronous NORMAL), so the swap that follows stays atomic even across a power cut.
 */
export function openDirectoryForImport(path: string): Database.Database {
  const db = new Database(path, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL');
    db.pragma('cache_size = -65536');
    db.pragma('temp_store = MEMORY');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
