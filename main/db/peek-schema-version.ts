import Database from 'better-sqlite3';
import { closeSync, copyFileSync, existsSync, mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../errors/app-error';

const HEADER = Buffer.from('SQLite format 3\0', 'latin1');
/** Where SQLite keeps `PRAGMA user_version` in the database header (a documented, stable file format). */
const USER_VERSION_OFFSET = 60;

function readHeader(file: string): Buffer {
  const header = Buffer.alloc(100);
  const fd = openSync(file, 'r');
  try {
    return header.subarray(0, readSync(fd, header, 0, 100, 0));
  } finally {
    closeSync(fd);
  }
}

/** SQLite replays the WAL on open: done on private copies, so the real files are only read. */
function versionThroughCopy(file: string): number {
  const dir = mkdtempSync(join(tmpdir(), 'facturier-lecture-'));
  try {
    const copy = join(dir, 'copie.sqlite');
    copyFileSync(file, copy);
    copyFileSync(`${file}-wal`, `${copy}-wal`);
    const db = new Database(copy, { fileMustExist: true });
    try {
      return db.pragma('user_version', { simple: true }) as number;
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The schema version of the database at `file`, found without changing a byte of it or of its WAL: even a
 * read-only SQLite connection would create the -wal and -shm files. Null when there is no database yet
 * (no file, or an empty one). A file that is not a SQLite database is refused as damaged.
 */
export function peekSchemaVersion(file: string): number | null {
  if (!existsSync(file) || statSync(file).size === 0) return null;
  const header = readHeader(file);
  if (header.length < 100 || !header.subarray(0, HEADER.length).equals(HEADER)) throw AppError.of('database_corrupted');
  const wal = `${file}-wal`;
  if (existsSync(wal) && statSync(wal).size > 0) return versionThroughCopy(file);
  return header.readUInt32BE(USER_VERSION_OFFSET);
}
