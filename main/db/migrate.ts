import type { Database } from 'better-sqlite3';
import { AppError } from '../errors/app-error';
import { migrations as allMigrations, latestVersion } from './migrations';
import type { Migration } from './migrations/migration';

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Refuses, before any write, a database made by a newer Facturier: it would not understand it. */
export function assertNotNewer(db: Database, latest = latestVersion): void {
  if (schemaVersion(db) > latest) throw AppError.of('database_too_new');
}

/**
 * Brings the schema up to `target`, one transaction per migration so a failure leaves the database at
 * the last complete version. Returns the versions applied.
 */
export function migrate(db: Database, target = latestVersion, migrations: readonly Migration[] = allMigrations): number[] {
  assertNotNewer(db, migrations.length);
  const applied: number[] = [];
  for (const migration of migrations) {
    if (migration.version > target || migration.version <= schemaVersion(db)) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
    applied.push(migration.version);
  }
  return applied;
}
