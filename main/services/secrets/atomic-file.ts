import { randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

function writeTemp(file: string, data: string | Uint8Array, mode: number): string {
  // A name no other writer (another process on the same folder, a crashed earlier write) can hold.
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomUUID()}.tmp`);
  const fd = openSync(temp, 'wx', mode);
  try {
    writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return temp;
}

/** The folder's entry for the new name is durable too (best effort: not every platform can open a folder). */
function syncFolder(file: string): void {
  try {
    const fd = openSync(dirname(file), 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Windows cannot fsync a directory; the rename is still atomic there.
  }
}

/**
 * Replaces `file` with `data` so that a reader, a crash or a power cut sees either the old content or the
 * new one, never a half-written file: write to a unique temporary name, fsync, rename over, fsync the folder.
 */
export function writeFileAtomically(file: string, data: string | Uint8Array, mode = 0o600): void {
  const temp = writeTemp(file, data, mode);
  try {
    renameSync(temp, file);
  } catch (error) {
    unlinkSync(temp);
    throw error;
  }
  syncFolder(file);
}

/** Like writeFileAtomically, but only if `file` does not exist yet: false when another writer was first. */
export function createFileAtomically(file: string, data: string | Uint8Array, mode = 0o600): boolean {
  const temp = writeTemp(file, data, mode);
  try {
    linkSync(temp, file);
    syncFolder(file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(temp);
  }
}
