import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../errors/app-error';

/** A file the core made for the page to download (browser host): a backup, an archive, the logs. */
export interface Download {
  path: string;
  fileName: string;
  mimeType: string;
  /** Called once the whole file went out (a manual backup counts only then). */
  onServed?: () => void;
  /** Whether the file is ours to delete once served or expired. */
  isTemporary: boolean;
  expiresAt: number;
}

const DOWNLOAD_TTL_MS = 30 * 60_000;
const MAX_UPLOAD_BYTES = 4 * 1024 ** 3;

/**
 * Files that cross the browser host's boundary: what the page downloads (by a one-time id from a channel's
 * answer) and what it uploads (a backup to restore, kept under an id a channel then names). Electron does
 * without: its dialogs give the core real paths. Ids are 128-bit random: knowing one is the permission.
 */
export function createFileTransfers(workDir: string, now: () => number = Date.now) {
  // What a previous run left half-made (a crash mid-export) is of no use to anyone.
  rmSync(workDir, { recursive: true, force: true });
  const downloads = new Map<string, Download>();
  const uploads = new Map<string, { path: string; fileName: string }>();
  const newId = () => randomBytes(16).toString('hex');
  const workPath = (name: string) => {
    mkdirSync(workDir, { recursive: true, mode: 0o700 });
    return join(workDir, name);
  };

  function dropExpired(): void {
    for (const [id, download] of downloads) {
      if (download.expiresAt > now()) continue;
      downloads.delete(id);
      if (download.isTemporary) rmSync(download.path, { force: true });
    }
  }

  return {
    /** A path in the work folder (private to the user, same disk as the data) for a file being made. */
    workPath,
    offer(download: Omit<Download, 'expiresAt'>): string {
      dropExpired();
      const id = newId();
      downloads.set(id, { ...download, expiresAt: now() + DOWNLOAD_TTL_MS });
      return id;
    },
    /** The download of this id, once: a second request finds nothing. */
    take(id: string): Download | undefined {
      dropExpired();
      const download = downloads.get(id);
      downloads.delete(id);
      return download;
    },
    /** Call when a taken download was sent whole (or failed): deletes a temporary file. */
    finished(download: Download, isComplete: boolean): void {
      if (isComplete) download.onServed?.();
      if (download.isTemporary) rmSync(download.path, { force: true });
    },
    async receive(body: Readable, fileName: string): Promise<string> {
      const id = newId();
      const path = workPath(`televersement-${id}`);
      let size = 0;
      body.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_UPLOAD_BYTES) body.destroy(new AppError('invalid_input', 'Ce fichier est trop volumineux.'));
      });
      try {
        await pipeline(body, createWriteStream(path, { mode: 0o600 }));
      } catch (error) {
        rmSync(path, { force: true });
        throw error instanceof AppError ? error : new AppError('invalid_input', 'Le fichier n’a pas été reçu en entier ; réessayez.');
      }
      uploads.set(id, { path, fileName });
      return id;
    },
    /** The path of an uploaded file; the caller deletes it with `discardUpload` when done. */
    uploaded(id: string): { path: string; fileName: string } {
      const upload = uploads.get(id);
      if (!upload) throw new AppError('not_found', 'Le fichier envoyé n’est plus disponible : choisissez-le de nouveau.');
      return upload;
    },
    discardUpload(id: string): void {
      const upload = uploads.get(id);
      uploads.delete(id);
      if (upload) rmSync(upload.path, { force: true });
    },
  };
}

export type FileTransfers = ReturnType<typeof createFileTransfers>;
