import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyCheckpointedFile, pauseCheckpoints } from '../../../main/db/database-copy';
import { makeTempDir } from '../../support/temp-dir';

/**
 * The backup's fast copy (main/db/database-copy.ts) copies the database file itself. That is only sound if
 * nothing writes the file while it is copied: the live connection's checkpoints are paused, and the copy
 * begins only when a checkpoint has moved every WAL frame into the file.
 */
const dirs: Array<{ remove(): void }> = [];
afterEach(() => dirs.splice(0).forEach((dir) => dir.remove()));

function liveDatabase() {
  const dir = makeTempDir('facturier-copy-');
  dirs.push(dir);
  const path = join(dir.path, 'live.sqlite');
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
  return { db, path, dir: dir.path };
}

/** Enough rows to pass SQLite's automatic checkpoint threshold (1,000 pages) several times over. */
function writeMany(db: Database.Database, from: number, count: number): void {
  const insert = db.prepare('INSERT INTO notes (id, text) VALUES (?, ?)');
  for (let i = from; i < from + count; i++) db.transaction(() => insert.run(i, 'x'.repeat(2000)))();
}

const rows = (path: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM notes').pluck().get();
  } finally {
    db.close();
  }
};

describe('copying the database file while the app keeps writing', () => {
  it('copies the data as of the checkpoint, and the file does not change while checkpoints are paused', async () => {
    const { db, path, dir } = liveDatabase();
    writeMany(db, 1, 500);
    const resume = pauseCheckpoints(db);
    const copy = join(dir, 'copy.sqlite');
    expect(await copyCheckpointedFile(db, copy)).not.toBeNull();
    const fileAtCopy = readFileSync(path);
    writeMany(db, 501, 3000);
    // 3,000 commits of 2 KB later, the live file is byte for byte what was copied: they are all in the WAL.
    expect(readFileSync(path).equals(fileAtCopy)).toBe(true);
    expect(rows(copy)).toBe(500);
    expect(rows(path)).toBe(3500);
    resume();
    writeMany(db, 3501, 10);
    expect(readFileSync(path).equals(fileAtCopy)).toBe(false);
    db.close();
  });

  it('declines when a reader still holds an older snapshot, so that the backup copies through SQLite instead', async () => {
    const { db, path, dir } = liveDatabase();
    writeMany(db, 1, 10);
    const resume = pauseCheckpoints(db);
    const reader = new Database(path, { readonly: true });
    reader.exec('BEGIN');
    reader.prepare('SELECT count(*) FROM notes').get();
    writeMany(db, 11, 10);
    expect(await copyCheckpointedFile(db, join(dir, 'copy.sqlite'))).toBeNull();
    reader.exec('COMMIT');
    reader.close();
    expect(await copyCheckpointedFile(db, join(dir, 'copy.sqlite'))).not.toBeNull();
    expect(rows(join(dir, 'copy.sqlite'))).toBe(20);
    resume();
    db.close();
  });
});
