import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { BackupRecord } from '@shared/backup/backup-views';

/**
 * The backups folder in the data folder, and what is known of each backup. The folder is the truth, not the
 * database: a restore replaces the database, while the backups and their history must stay as they are.
 *   facturier-<instant>.sqlite + .json   automatic backups (rotated)
 *   avant-restauration-<instant>.sqlite  the database as it was before a restore (the last 3 are kept)
 *   manuelles.json                        backups saved where the user chose (a USB key) or downloaded
 * Copies being made and restore work files live in the data folder's work folder (file-transfers.ts).
 * A backup counts only once verified: its .json is written after the checks passed, so a crash mid-way
 * leaves a file without record, which the next rotation deletes.
 */
export { BackupRecord };

const SAFETY_COPIES_KEPT = 3;
const MANUAL_RECORDS_KEPT = 100;

/** A file-name-safe instant: 2026-11-27T10-00-00-000Z (Windows refuses ':'). */
export const fileInstant = (iso: string) => iso.replace(/[:.]/g, '-');

function writeJsonAtomically(path: string, value: unknown): void {
  const temp = `${path}.tmp`;
  writeFileSync(temp, JSON.stringify(value, null, 2), { mode: 0o600 });
  renameSync(temp, path);
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

export function createBackupFolder(dataDir: string) {
  const dir = join(dataDir, 'backups');
  const manualList = join(dir, 'manuelles.json');
  const ensure = () => mkdirSync(dir, { recursive: true, mode: 0o700 });

  function stored(): BackupRecord[] {
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => name.endsWith('.json') && name !== 'manuelles.json')
      .map((name) => BackupRecord.safeParse(readJson(join(dir, name))))
      .flatMap((parsed) => (parsed.success && existsSync(join(dir, parsed.data.location)) ? [parsed.data] : []));
  }

  function manual(): BackupRecord[] {
    const parsed = z.array(BackupRecord).safeParse(readJson(manualList));
    return parsed.success ? parsed.data : [];
  }

  return {
    dir,
    ensure,
    /** The file name of an automatic backup or a safety copy made at this instant. */
    nameFor(kind: 'auto' | 'safety', at: string): string {
      return `${kind === 'auto' ? 'facturier' : 'avant-restauration'}-${fileInstant(at)}.sqlite`;
    },
    /** The full path of a stored backup (automatic or safety copy). */
    pathOf(location: string): string {
      return join(dir, location);
    },
    /** Every good backup, newest first. */
    list(): BackupRecord[] {
      return [...stored(), ...manual()].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
    },
    /** Records a verified backup; a file in the folder gets its .json beside it. */
    record(backup: BackupRecord): void {
      ensure();
      if (backup.kind === 'manual') writeJsonAtomically(manualList, [backup, ...manual()].slice(0, MANUAL_RECORDS_KEPT));
      else writeJsonAtomically(join(dir, backup.location.replace(/\.sqlite$/, '.json')), backup);
    },
    /** Deletes a stored backup and its record. */
    remove(backup: BackupRecord): void {
      rmSync(join(dir, backup.location.replace(/\.sqlite$/, '.json')), { force: true });
      rmSync(join(dir, backup.location), { force: true });
    },
    /**
     * Files no record vouches for, and records whose file is gone (a crash between the two writes): the
     * rotation deletes both. The record is written before its file is renamed into place, so a good
     * backup is never an orphan.
     */
    orphans(): string[] {
      if (!existsSync(dir)) return [];
      const names = readdirSync(dir);
      const vouched = new Set(stored().map((b) => b.location));
      const files = new Set(names.filter((name) => name.endsWith('.sqlite')));
      return names
        .filter((name) =>
          name.endsWith('.sqlite') ? !vouched.has(name) : name.endsWith('.json') && name !== 'manuelles.json' && !files.has(name.replace(/\.json$/, '.sqlite')),
        )
        .map((name) => join(dir, name));
    },
    safetyCopiesToDrop(): BackupRecord[] {
      return stored()
        .filter((b) => b.kind === 'safety')
        .sort((a, b) => (a.at < b.at ? 1 : -1))
        .slice(SAFETY_COPIES_KEPT);
    },
  };
}

export type BackupFolder = ReturnType<typeof createBackupFolder>;
