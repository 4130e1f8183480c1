import Database from 'better-sqlite3';
import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppCore } from '../../../main/app/open-app-core';
import { latestVersion } from '../../../main/db/migrations';
import { databasePath, openDatabase } from '../../../main/db/open-database';
import { refusalOf } from '../../support/refusal';
import { useCleanups } from '../../support/cleanups';
import { makeTempDir } from '../../support/temp-dir';

/** Every file of the folder with a hash of its bytes and its modification time. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .filter((name) => name.startsWith('facturier.sqlite'))
      .map((name) => [name, `${createHash('sha256').update(readFileSync(join(dir, name))).digest('hex')} ${statSync(join(dir, name)).mtimeMs}`]),
  );
}

/**
 * A database left by a process that was killed after writing `version` into the WAL, never checkpointed:
 * the main file still says the old version, only the WAL knows the new one.
 */
function leaveUncheckpointedWal(file: string, version: number): Promise<void> {
  const script = `
    const Database = require(${JSON.stringify(require.resolve('better-sqlite3'))});
    const db = new Database(${JSON.stringify(file)});
    db.pragma('journal_mode = WAL');
    db.pragma('wal_autocheckpoint = 0');
    db.exec('CREATE TABLE IF NOT EXISTS from_the_future (x INTEGER) STRICT');
    db.pragma('user_version = ${version}');
    process.send('written');
    setInterval(() => undefined, 1000);
  `;
  const scriptDir = makeTempDir('facturier-writer-');
  const scriptFile = join(scriptDir.path, 'writer.cjs');
  writeFileSync(scriptFile, script);
  return new Promise<void>((resolve, reject) => {
    const child = fork(scriptFile, [], { stdio: 'ignore' });
    child.on('message', () => child.kill('SIGKILL'));
    child.on('exit', () => resolve());
    child.on('error', reject);
  }).finally(scriptDir.remove);
}


describe('refusing a database made by a newer Facturier changes not a byte', () => {
  const { tempDir } = useCleanups();

  it('a newer database closed cleanly: refused in French, no WAL or SHM appears, same bytes', () => {
    const dataDir = tempDir();
    const future = new Database(databasePath(dataDir));
    future.pragma('journal_mode = WAL');
    future.exec('CREATE TABLE from_the_future (x INTEGER) STRICT');
    future.pragma(`user_version = ${latestVersion + 5}`);
    future.close();
    const before = snapshot(dataDir);
    expect(Object.keys(before)).toEqual(['facturier.sqlite']);

    const refused = refusalOf(() => openAppCore({ dataDir, transport: 'browser' }));
    expect(refused.code).toBe('database_too_new');
    expect(refused.message).toMatch(/version plus récente de Facturier/);
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('a newer version only in the WAL of a killed process: refused, the WAL and the file unchanged, no SHM made', async () => {
    const dataDir = tempDir();
    const file = databasePath(dataDir);
    const old = new Database(file);
    old.pragma('journal_mode = WAL');
    old.pragma('user_version = 1');
    old.close();
    await leaveUncheckpointedWal(file, latestVersion + 3);
    const before = snapshot(dataDir);
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(0);
    expect(readFileSync(file).readUInt32BE(60)).toBe(1); // the main file alone would look old

    const refused = refusalOf(() => openDatabase(dataDir));
    expect(refused.code).toBe('database_too_new');
    expect(snapshot(dataDir)).toEqual(before);
    expect(existsSync(`${file}-shm`) ? 'shm present' : 'no shm').toBe(before['facturier.sqlite-shm'] ? 'shm present' : 'no shm');
  });

  it('an older database with a WAL left by a crash still opens and migrates', async () => {
    const dataDir = tempDir();
    const file = databasePath(dataDir);
    const old = new Database(file);
    old.pragma('journal_mode = WAL');
    old.close();
    await leaveUncheckpointedWal(file, 0);
    const db = openDatabase(dataDir);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
    db.close();
  });

  it('a file that is not a database is named in French, untouched', () => {
    const dataDir = tempDir();
    writeFileSync(databasePath(dataDir), 'ceci n’est pas une base de données SQLite, mais un texte assez long pour un en-tête');
    const before = snapshot(dataDir);
    const refused = refusalOf(() => openAppCore({ dataDir, transport: 'browser' }));
    expect(refused.code).toBe('database_corrupted');
    expect(refused.message).toMatch(/endommagé/);
    expect(snapshot(dataDir)).toEqual(before);
  });
});
