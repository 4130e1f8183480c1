import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';

const HEADER_BYTES = 100;
const USER_VERSION_OFFSET = 60;
const WAL_HEADER_BYTES = 32;
const WAL_FRAME_HEADER_BYTES = 24;

function read(fd: number, length: number, position: number): Buffer {
  const buffer = Buffer.alloc(length);
  const got = readSync(fd, buffer, 0, length, position);
  return buffer.subarray(0, got);
}

/**
 * The newest `user_version` a page 1 in the write-ahead log carries (committed or not: deciding to refuse
 * errs on the side of the newer one), or null when the log has none.
 */
function walUserVersion(walFile: string): number | null {
  if (!existsSync(walFile)) return null;
  const fd = openSync(walFile, 'r');
  try {
    const header = read(fd, WAL_HEADER_BYTES, 0);
    if (header.length < WAL_HEADER_BYTES || (header.readUInt32BE(0) & 0xfffffffe) !== 0x377f0682) return null;
    const pageSize = header.readUInt32BE(8);
    const [salt1, salt2] = [header.readUInt32BE(16), header.readUInt32BE(20)];
    const size = statSync(walFile).size;
    let version: number | null = null;
    for (let offset = WAL_HEADER_BYTES; offset + WAL_FRAME_HEADER_BYTES + pageSize <= size; offset += WAL_FRAME_HEADER_BYTES + pageSize) {
      const frame = read(fd, WAL_FRAME_HEADER_BYTES, offset);
      if (frame.readUInt32BE(8) !== salt1 || frame.readUInt32BE(12) !== salt2) break; // frames of an older log
      if (frame.readUInt32BE(0) === 1) version = read(fd, 4, offset + WAL_FRAME_HEADER_BYTES + USER_VERSION_OFFSET).readUInt32BE(0);
    }
    return version;
  } finally {
    closeSync(fd);
  }
}

/**
 * The schema version of a database file read from its bytes (the header, then its write-ahead log), without
 * opening it with SQLite: opening, even read-only, may create or checkpoint the log, and a database made by
 * a newer Facturier must be refused without a byte changed. 0 for a file that does not exist yet.
 */
export function fileSchemaVersion(file: string): number {
  if (!existsSync(file)) return 0;
  const fd = openSync(file, 'r');
  let version = 0;
  try {
    const header = read(fd, HEADER_BYTES, 0);
    if (header.length === HEADER_BYTES) version = header.readUInt32BE(USER_VERSION_OFFSET);
  } finally {
    closeSync(fd);
  }
  return walUserVersion(`${file}-wal`) ?? version;
}
