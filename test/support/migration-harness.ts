import Database from 'better-sqlite3';
import { migrate, schemaVersion } from '../../main/db/migrate';

/**
 * The pattern every migration test follows: open a database at version N-1 (with data a user would have),
 * then apply migration N alone and check what it did to that data.
 */
export function databaseAt(version: number, path = ':memory:'): Database.Database {
  const db = new Database(path);
  db.pragma('foreign_keys = ON');
  migrate(db, version);
  if (schemaVersion(db) !== version) throw new Error(`expected schema version ${version}, got ${schemaVersion(db)}`);
  return db;
}

export function tableNames(db: Database.Database): string[] {
  // Ordinary tables only: FTS5 virtual tables and their shadow tables cannot be STRICT.
  return (db.prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
}

export function isStrict(db: Database.Database, table: string): boolean {
  const row = db.prepare('SELECT strict FROM pragma_table_list WHERE name = ?').get(table) as { strict: number } | undefined;
  return row?.strict === 1;
}
