import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../errors/app-error';
import { fileSchemaVersion } from './file-schema-version';
import { latestVersion } from './migrations';
import { assertNotNewer, migrate } from './migrate';

export const DATABASE_FILE = 'facturier.sqlite';

export function databasePath(dataDir: string): string {
  return join(dataDir, DATABASE_FILE);
}

/**
 * Opens (creating if needed) the app's database in `dataDir` and migrates it. A database from a newer
 * app version is closed untouched and refused.
 */
export function openDatabase(dataDir: string): Database.Database {
  mkdirSync(dataDir, { recursive: true });
  // Decided from the bytes before SQLite opens it: opening would create or checkpoint the write-ahead log.
  if (fileSchemaVersion(databasePath(dataDir)) > latestVersion) throw AppError.of('database_too_new');
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
