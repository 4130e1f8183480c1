import { databasePath } from '../db/open-database';
import { directoryPath } from '../db/public-directory/open-directory-database';
import { AppError } from '../errors/app-error';
import { storageErrorOf } from '../errors/storage-errors';
import { createCore, type Core, type CoreOptions } from './create-core';
import { ensurePrivateFile, prepareDataFolder } from './data-folder';
import { lockDataFolder } from './data-folder-lock';

/**
 * How the app itself opens its data, in the desktop app and in the browser host alike: the folder made
 * private, the folder locked to this process, then the database opened. Refusals come back as an
 * AppError with a French message (folder in use, newer or damaged database, full or read-only disk);
 * `close()` also gives the lock back. Tests that need two cores on one folder call createCore directly.
 */
export function openAppCore(options: CoreOptions): Core {
  try {
    prepareDataFolder(options.dataDir);
    const lock = lockDataFolder(options.dataDir, options.transport);
    try {
      // Made private before SQLite creates them: their -wal and -shm files take the same mode.
      ensurePrivateFile(databasePath(options.dataDir));
      ensurePrivateFile(directoryPath(options.dataDir));
      const core = createCore(options);
      const closeCore = core.close;
      core.close = () => {
        try {
          closeCore();
        } finally {
          lock.release();
        }
      };
      return core;
    } catch (error) {
      lock.release();
      throw error;
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw storageErrorOf(error) ?? error;
  }
}
