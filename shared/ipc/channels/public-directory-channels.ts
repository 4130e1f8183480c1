import { z } from 'zod';
import {
  DirectorySearchQuery,
  DirectorySearchResult,
  DirectoryStatus,
  DirectoryStructure,
} from '../../public-directory/public-directory';
import { NoInput } from '../no-input';

const TaskStarted = z.object({ taskId: z.string() });
/** 4 MiB per piece: about 5.6 MB of base64, well under the browser host's 25 MB request limit. */
export const DIRECTORY_UPLOAD_CHUNK_BYTES = 4 * 1024 * 1024;

/** The directory of public structures (issue 12): status, search as you type, import and online refresh. */
export const publicDirectoryChannels = {
  'directory:status': { request: NoInput, response: DirectoryStatus },
  'directory:search': { request: DirectorySearchQuery, response: DirectorySearchResult },
  'directory:structure': { request: z.object({ siret: z.string().regex(/^\d{14}$/) }), response: DirectoryStructure },
  /** A file chosen in the page is sent in pieces, then imported (task:progress follows it). */
  'directory:beginUpload': {
    request: z.object({ fileName: z.string().trim().min(1).max(255), size: z.number().int().nonnegative() }),
    response: z.object({ uploadId: z.string() }),
  },
  'directory:uploadChunk': {
    request: z.object({
      uploadId: z.string().min(1).max(100),
      index: z.number().int().nonnegative(),
      base64: z.string().max(Math.ceil(DIRECTORY_UPLOAD_CHUNK_BYTES / 3) * 4).regex(/^[A-Za-z0-9+/]*={0,2}$/),
    }),
    response: z.object({ received: z.number().int() }),
  },
  'directory:importUpload': { request: z.object({ uploadId: z.string().min(1).max(100) }), response: TaskStarted, changes: ['public-directory'] },
  /** « Mettre à jour l’annuaire » from Chorus Pro (when a client with credentials exists). */
  'directory:refresh': { request: NoInput, response: TaskStarted, changes: ['public-directory'] },
} as const;
