import { createHash } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { latestVersion } from '../../../main/db/migrations';
import { databasePath, openDatabase } from '../../../main/db/open-database';
import { peekSchemaVersion } from '../../../main/db/peek-schema-version';
import { makeTempDir } from '../../support/temp-dir';

const dirs: Array<{ remove: () => void }> = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));
const tempDir = () => {
  const dir = makeTempDir();
  dirs.push(dir);
  return dir.path;
};

/** Every file of the folder and the hash of its bytes. */
const snapshot = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((name) => [name, createHash('sha256').update(readFileSync(join(dir, name))).digest('hex')]));

describe('a database made by a newer Facturier', () => {
  it('is refused without a byte changed, even when its newer version is still in the write-ahead log', () => {
    // A newer app wrote its version in the WAL and was stopped before any checkpoint (a power cut).
    const source = tempDir();
    const db = new Database(databasePath(source));
    db.pragma('journal_mode = WAL');
    db.pragma('wal_autocheckpoint = 0');
    db.exec('CREATE TABLE t (x INTEGER) STRICT');
    db.pragma(`user_version = ${latestVersion + 3}`);
    const copy = tempDir();
    for (const name of readdirSync(source)) copyFileSync(join(source, name), join(copy, name));
    db.close();
    expect(Object.keys(snapshot(copy))).toEqual(['facturier.sqlite', 'facturier.sqlite-shm', 'facturier.sqlite-wal']);
    expect(new Database(databasePath(tempDir())).pragma('user_version', { simple: true })).toBe(0);
    expect(readFileSync(databasePath(copy)).readUInt32BE(60)).toBe(0); // the main file still says 0
    expect(peekSchemaVersion(databasePath(copy))).toBe(latestVersion + 3);

    const before = snapshot(copy);
    expect(() => openDatabase(copy)).toThrow(/version plus récente de Facturier/);
    expect(snapshot(copy)).toEqual(before);
  });

  it('reads the version of a database of this version and of a folder without one', () => {
    const dir = tempDir();
    expect(peekSchemaVersion(databasePath(dir))).toBeNull();
    openDatabase(dir).close();
    expect(peekSchemaVersion(databasePath(dir))).toBe(latestVersion);
  });
});
