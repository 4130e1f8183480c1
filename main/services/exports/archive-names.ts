import { fileStem } from '../documents/file-names';

/**
 * Names inside the archive. Invoice numbers come from the user's pattern and may hold anything; a name
 * in the ZIP is only ever `<folder>/<stem><suffix>` with a stem of [A-Za-z0-9._-] that is not "." or "..",
 * never starts with a dot, and is unique (a second "F/1" and "F_1" become "F_1" and "F_1-2").
 */
export function createArchiveNames() {
  const used = new Set<string>();
  return {
    stemFor(folder: string, number: string): string {
      let stem = fileStem(number).replace(/^\.+/, (dots) => '_'.repeat(dots.length)) || '_';
      const base = stem;
      for (let n = 2; used.has(`${folder}/${stem}`); n++) stem = `${base}-${n}`;
      used.add(`${folder}/${stem}`);
      return `${folder}/${stem}`;
    },
  };
}

/**
 * Whether a name read from an archive is safe to use as a path below a folder: relative, forward slashes
 * only, no "." or ".." segment, no drive letter, no control characters. `verify-archive` refuses any other.
 */
export function isSafeArchivePath(name: string): boolean {
  if (name.length === 0 || name.length > 255 || name.startsWith('/') || name.includes('\\') || /^[A-Za-z]:/.test(name)) return false;
  if ([...name].some((char) => char.charCodeAt(0) < 0x20)) return false;
  return name.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}
