import { chmodSync, closeSync, existsSync, lstatSync, mkdirSync, openSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const PRIVATE_FOLDER = 0o700;
const PRIVATE_FILE = 0o600;

// On Windows, permission bits mean nothing: the data folder lives in the user's profile (%APPDATA%),
// whose access list already keeps other users out. Nothing to do there.
const hasPosixModes = (platform: NodeJS.Platform) => platform !== 'win32';

function tighten(path: string, mode: number): void {
  const stat = lstatSync(path);
  if (stat.isSymbolicLink()) return; // never follow a link out of the folder
  if ((stat.mode & 0o777) !== mode) chmodSync(path, mode);
}

/** Every folder below `dir` 0700 and every file 0600, without following symbolic links. */
function tightenTree(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      tighten(path, PRIVATE_FOLDER);
      tightenTree(path);
    } else if (entry.isFile()) {
      tighten(path, PRIVATE_FILE);
    }
  }
}

/**
 * The data folder holds invoices, customers and secrets: only its user may enter it. Created 0700; an
 * existing one (from an earlier version, or made by hand) is tightened, files 0600 and folders 0700.
 */
export function prepareDataFolder(dataDir: string, platform: NodeJS.Platform = process.platform): void {
  try {
    mkdirSync(dataDir, { recursive: true, mode: PRIVATE_FOLDER });
  } catch (error) {
    // A recursive mkdir reports ENOENT on a read-only disk; a plain one says what really happened (EROFS).
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || !existsSync(dirname(dataDir))) throw error;
    mkdirSync(dataDir, { mode: PRIVATE_FOLDER });
  }
  if (!hasPosixModes(platform)) return;
  tighten(dataDir, PRIVATE_FOLDER);
  tightenTree(dataDir);
}

/**
 * Creates `path` empty and 0600 if absent, before a library (SQLite) creates it with the default mode.
 * SQLite gives its WAL, SHM and journal files the mode of the database file, so they are 0600 too.
 */
export function ensurePrivateFile(path: string, platform: NodeJS.Platform = process.platform): void {
  closeSync(openSync(path, 'a', PRIVATE_FILE));
  if (hasPosixModes(platform)) tighten(path, PRIVATE_FILE);
}
