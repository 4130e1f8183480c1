import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../errors/app-error';
import { latestVersion } from './migrations';
import { assertNotNewer, migrate } from './migrate';
import { peekSchemaVersion } from './peek-schema-version';

export const DATABASE_FILE = 'facturier.sqlite';

export function databasePath(dataDir: string): string {
  return join(dataDir, DATABASE_FILE);
}

/**
 * Opens (creating if needed) the app's database in `dataDir` and migrates it. A database from a newer
 * app version is refused before it is opened for writing: not a byte of it or of its WAL changes.
 */
export function openDatabase(dataDir: string): Database.Database {
  mkdirSync(dataDir, { recursive: true });
  const found = peekSchemaVersion(databasePath(dataDir));
  if (found !== null && found > latestVersion) throw AppError.of('database_too_new');
  const db = new Database(databasePath(dataDir));
  try {
    assertNotNewer(db);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    // FULL: an issued invoice handed to a customer must survive a power cut right after.
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
