import { AppError } from './app-error';

/** SQLite's extended codes are the primary code with a suffix (SQLITE_IOERR_WRITE, SQLITE_READONLY_DBMOVED…). */
const sqliteFamily = (code: string) => code.split('_').slice(0, 2).join('_');

/**
 * What a failure of the disk means for the user, in French: a full disk, a read-only folder, a folder out
 * of reach, a database busy in another Facturier, a damaged database file. Null for anything else (a bug:
 * the caller keeps its generic message). Each write runs in one transaction and SQLite rolls the failed
 * statement's transaction back, so « nothing was saved » is true when we say it.
 */
export function storageErrorOf(error: unknown): AppError | null {
  if (error instanceof AppError) return null;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  const family = sqliteFamily(code);
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL') return AppError.of('disk_full');
  if (family === 'SQLITE_BUSY' || family === 'SQLITE_LOCKED') return AppError.of('storage_busy');
  if (code === 'EROFS' || family === 'SQLITE_READONLY') return AppError.of('storage_read_only');
  if (code === 'SQLITE_NOTADB' || family === 'SQLITE_CORRUPT') return AppError.of('database_corrupted');
  if (family === 'SQLITE_IOERR') return AppError.of('storage_failed');
  if (['EACCES', 'EPERM', 'EIO', 'ENOTDIR', 'ELOOP'].includes(code) || family === 'SQLITE_CANTOPEN') return AppError.of('storage_unavailable');
  return null;
}

/** Runs `open`, turning a storage failure (full disk, read-only folder) into its French AppError. */
export function withStorageErrors<T>(open: () => T): T {
  try {
    return open();
  } catch (error) {
    throw storageErrorOf(error) ?? error;
  }
}
