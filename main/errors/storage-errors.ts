import { AppError } from './app-error';

/**
 * SQLite's answers when the disk, not the request, is at fault: a full disk, a data folder that cannot be
 * written (read-only medium, permissions), a file the system will not give. Each write runs in one
 * transaction, so when one of these comes back nothing of it was kept; the user is told so, in French.
 */
export function storageError(error: unknown): AppError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return AppError.of('disk_full');
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return AppError.of('storage_busy');
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return AppError.of('storage_read_only');
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN') || code === 'EIO') return AppError.of('storage_failed');
  return null;
}

/** Runs `open`, turning a storage failure (full disk, read-only folder) into its French AppError. */
export function withStorageErrors<T>(open: () => T): T {
  try {
    return open();
  } catch (error) {
    throw storageError(error) ?? error;
  }
}
