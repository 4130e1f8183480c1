import type { HandlersOf } from '../handler-table';
import type { Services } from '../services';

type DirectoryChannel = 'directory:status' | 'directory:search' | 'directory:structure' | 'directory:beginUpload' | 'directory:uploadChunk' | 'directory:importUpload' | 'directory:refresh';

export function publicDirectoryHandlers({ publicDirectory }: Services): HandlersOf<DirectoryChannel> {
  return {
    'directory:status': () => publicDirectory.status(),
    'directory:search': ({ text, limit }) => publicDirectory.search(text, limit),
    'directory:structure': ({ siret }) => publicDirectory.structure(siret),
    'directory:beginUpload': ({ fileName, size }) => publicDirectory.beginUpload(fileName, size),
    'directory:uploadChunk': ({ uploadId, index, base64 }) => publicDirectory.uploadChunk(uploadId, index, base64),
    'directory:importUpload': ({ uploadId }) => publicDirectory.importUpload(uploadId),
    'directory:refresh': () => publicDirectory.refreshOnline(),
  };
}
