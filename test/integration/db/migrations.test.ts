import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../main/db/migrate';
import { migrations, latestVersion } from '../../../main/db/migrations';
import { databasePath, openDatabase } from '../../../main/db/open-database';
import { AppError } from '../../../main/errors/app-error';
import { isStrict, tableNames } from '../../support/migration-harness';
import { makeTempDir } from '../../support/temp-dir';

const dirs: Array<{ remove: () => void }> = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));
function tempDir() {
  const dir = makeTempDir();
  dirs.push(dir);
  return dir.path;
}

describe('the migration chain', () => {
  it('numbers migrations 1..N without holes', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it('builds the whole schema on an empty database, every table STRICT', () => {
    const db = new Database(':memory:');
    expect(migrate(db)).toEqual(migrations.map((m) => m.version));
    expect(schemaVersion(db)).toBe(latestVersion);
    const tables = tableNames(db);
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) expect(isStrict(db, table), table).toBe(true);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(migrate(db)).toEqual([]);
  });

  it('opens the real file in WAL mode with foreign keys on', () => {
    const db = openDatabase(tempDir());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(schemaVersion(db)).toBe(latestVersion);
    db.close();
  });

  it('leaves the database at the last complete version when a migration fails', () => {
    const db = new Database(':memory:');
    const broken = [...migrations, { version: latestVersion + 1, name: 'broken', up: (d: Database.Database) => { d.exec('CREATE TABLE half_done (x INTEGER) STRICT'); throw new Error('crash'); } }];
    expect(() => migrate(db, latestVersion + 1, broken)).toThrow('crash');
    expect(schemaVersion(db)).toBe(latestVersion);
    expect(tableNames(db)).not.toContain('half_done');
  });

  it('refuses a database made by a newer Facturier, in French, without touching the file', () => {
    const dir = tempDir();
    const file = databasePath(dir);
    const future = new Database(file);
    future.exec('CREATE TABLE from_the_future (x INTEGER) STRICT');
    future.pragma(`user_version = ${latestVersion + 5}`);
    future.close();
    const before = createHash('sha256').update(readFileSync(file)).digest('hex');

    let thrown: unknown;
    try {
      openDatabase(dir);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect((thrown as AppError).message).toMatch(/version plus récente de Facturier/);
    expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(before);
  });
});
