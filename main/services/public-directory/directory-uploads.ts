import { randomUUID } from 'node:crypto';
import { appendFileSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../errors/app-error';

/** A directory file is tens of megabytes; a gigabyte is surely not one. */
export const MAX_UPLOAD_BYTES = 1024 * 1024 * 1024;

interface Upload {
  path: string;
  fileName: string;
  size: number;
  received: number;
  nextIndex: number;
}

const unknownUpload = () => new AppError('not_found', 'Cet envoi de fichier n’existe plus : choisissez de nouveau le fichier.');

/**
 * A file the page sends in pieces (the same way through Electron's IPC and the browser host), written to a
 * temporary folder beside the data and read from there by the import, so it is never held whole in memory.
 */
export function createDirectoryUploads(dataDir: string) {
  const dir = join(dataDir, 'annuaire-imports');
  rmSync(dir, { recursive: true, force: true });
  const uploads = new Map<string, Upload>();
  return {
    begin(fileName: string, size: number): string {
      if (size > MAX_UPLOAD_BYTES) throw new AppError('invalid_input', 'Ce fichier dépasse 1 Go : ce n’est pas l’annuaire de Chorus Pro.');
      mkdirSync(dir, { recursive: true });
      const id = randomUUID();
      const path = join(dir, `${id}.part`);
      writeFileSync(path, '');
      uploads.set(id, { path, fileName, size, received: 0, nextIndex: 0 });
      return id;
    },
    /** Appends piece `index` (they come in order); returns the bytes received so far. */
    append(id: string, index: number, bytes: Buffer): number {
      const upload = uploads.get(id);
      if (!upload) throw unknownUpload();
      if (index !== upload.nextIndex) throw new AppError('invalid_input', 'Un morceau du fichier manque : recommencez l’import.');
      if (upload.received + bytes.length > upload.size) throw new AppError('invalid_input', 'Le fichier reçu est plus long qu’annoncé : recommencez l’import.');
      appendFileSync(upload.path, bytes);
      upload.received += bytes.length;
      upload.nextIndex++;
      return upload.received;
    },
    /** The complete file, handed over to the import (which removes it when done). */
    take(id: string): { path: string; fileName: string; remove: () => void } {
      const upload = uploads.get(id);
      if (!upload) throw unknownUpload();
      uploads.delete(id);
      const remove = () => rmSync(upload.path, { force: true });
      if (upload.received !== upload.size || statSync(upload.path).size !== upload.size) {
        remove();
        throw new AppError('invalid_input', 'Le fichier n’a pas été reçu en entier : recommencez l’import.');
      }
      return { path: upload.path, fileName: upload.fileName, remove };
    },
    removeAll(): void {
      uploads.clear();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
