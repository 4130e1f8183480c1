import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';

/**
 * Where a directory comes from: a file the user chose, or the bytes Chorus Pro sent. It can be read from the
 * start more than once (an import that finds its UTF-8 guess wrong starts again as Windows-1252), always
 * streamed.
 */
export interface DirectorySource {
  origin: 'file' | 'chorus';
  fileName: string;
  size: number;
  open(): AsyncIterable<Uint8Array>;
}

const CHUNK = 256 * 1024;

export function fileSource(path: string, fileName = basename(path)): DirectorySource {
  return {
    origin: 'file',
    fileName,
    size: statSync(path).size,
    open: () => createReadStream(path, { highWaterMark: CHUNK }),
  };
}

export function bufferSource(bytes: Uint8Array, fileName: string, origin: DirectorySource['origin']): DirectorySource {
  return {
    origin,
    fileName,
    size: bytes.length,
    async *open() {
      for (let offset = 0; offset < bytes.length; offset += CHUNK) yield bytes.subarray(offset, offset + CHUNK);
    },
  };
}

/**
 * A source as it crosses to the import's worker thread (structured clone): a file's path, or the bytes
 * Chorus Pro sent. `openSource` makes the streamed DirectorySource of it on the other side.
 */
export type SourceDescription =
  | { kind: 'file'; path: string; fileName: string }
  | { kind: 'bytes'; bytes: Uint8Array; fileName: string; origin: DirectorySource['origin'] };

export function openSource(description: SourceDescription): DirectorySource {
  return description.kind === 'file' ? fileSource(description.path, description.fileName) : bufferSource(description.bytes, description.fileName, description.origin);
}

export const originOf = (description: SourceDescription): DirectorySource['origin'] => (description.kind === 'file' ? 'file' : description.origin);
