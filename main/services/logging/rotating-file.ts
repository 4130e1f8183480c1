import { closeSync, existsSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export const LOG_FILE = 'facturier.log';
export const MAX_LOG_BYTES = 2 * 1024 * 1024;
export const KEPT_LOG_FILES = 5;

/** The log files, oldest first: facturier.log.5 … facturier.log.1, facturier.log. */
export function logFiles(dir: string): string[] {
  const rotated = Array.from({ length: KEPT_LOG_FILES }, (_, i) => join(dir, `${LOG_FILE}.${KEPT_LOG_FILES - i}`));
  return [...rotated, join(dir, LOG_FILE)].filter((path) => existsSync(path));
}

/**
 * pino's destination: each line written synchronously to the open file (logs are rare here — failures,
 * backups, starts — and a line written before a crash is the one support needs), rotated by size: past 2 MiB the file
 * becomes facturier.log.1, the older ones shift, and the sixth is deleted. At most ≈ 12 MiB on disk.
 * (pino-roll would need an asynchronous start and a worker-thread transport, which the core does not need.)
 */
export function createRotatingFile(dir: string, maxBytes = MAX_LOG_BYTES) {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, LOG_FILE);
  let size = existsSync(file) ? statSync(file).size : 0;
  let fd: number | null = null;

  function rotate(): void {
    if (fd !== null) closeSync(fd);
    fd = null;
    rmSync(join(dir, `${LOG_FILE}.${KEPT_LOG_FILES}`), { force: true });
    for (let i = KEPT_LOG_FILES - 1; i >= 1; i--) {
      const from = join(dir, `${LOG_FILE}.${i}`);
      if (existsSync(from)) renameSync(from, join(dir, `${LOG_FILE}.${i + 1}`));
    }
    if (existsSync(file)) renameSync(file, join(dir, `${LOG_FILE}.1`));
    size = 0;
  }

  return {
    write(line: string): void {
      const bytes = Buffer.byteLength(line);
      if (size > 0 && size + bytes > maxBytes) rotate();
      try {
        fd ??= openSync(file, 'a', 0o600);
        writeSync(fd, line);
        size += bytes;
      } catch {
        // A full disk must not turn a logged failure into a crash: the line is lost, the app goes on.
      }
    },
    close(): void {
      if (fd !== null) closeSync(fd);
      fd = null;
    },
  };
}
