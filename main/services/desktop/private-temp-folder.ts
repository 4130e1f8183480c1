import { chmodSync, closeSync, mkdtempSync, openSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export interface PrivateTempFolder {
  path: string;
  /** Writes `bytes` as `fileName` (reduced to a plain name) in the folder; returns the full path. */
  write(fileName: string, bytes: Buffer): string;
  remove(): void;
}

/** A plain file name: no folder part, no control character, never empty or a dot name. */
function plainName(fileName: string): string {
  const name = [...basename(fileName.replace(/\\/g, '/'))].filter((char) => char.charCodeAt(0) >= 0x20).join('');
  return name === '' || name === '.' || name === '..' ? 'document' : name;
}

/**
 * A folder only this user can enter (mkdtemp makes it 0700 with an unpredictable name), for copies handed
 * to another application (« Ouvrir le PDF »). Never a fixed path in the shared temp folder, where another
 * local user could have put a symbolic link to one of our files, or could read what we write.
 */
export function createPrivateTempFolder(base: string = tmpdir()): PrivateTempFolder {
  const path = mkdtempSync(join(base, 'facturier-'));
  // Windows ignores the mode: the temp folder there is in the user's own profile.
  if (process.platform !== 'win32') chmodSync(path, 0o700);
  return {
    path,
    write(fileName, bytes) {
      const target = join(path, plainName(fileName));
      // Whatever is there (an earlier copy, or a link) goes; 'wx' then creates a new file and never
      // follows a link (O_CREAT | O_EXCL).
      try {
        unlinkSync(target);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
      const fd = openSync(target, 'wx', 0o600);
      try {
        writeSync(fd, bytes);
      } finally {
        closeSync(fd);
      }
      return target;
    },
    remove: () => rmSync(path, { recursive: true, force: true }),
  };
}
