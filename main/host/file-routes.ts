import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { errorMessages } from '@shared/errors/error-codes';
import { fail, ok } from '@shared/ipc/result';
import { AppError } from '../errors/app-error';
import type { FileTransfers } from '../services/transfers/file-transfers';

/** A file name in a Content-Disposition header: ASCII fallback plus the UTF-8 form (RFC 6266). */
function disposition(fileName: string): string {
  const ascii = fileName.normalize('NFD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * The browser host's file routes, after the token check: `GET /files/<id>` sends a file a task made
 * (once: the id is then spent), `POST /files` receives a file the page uploads (a backup to restore) and
 * answers `{ ok, value: { uploadId } }` for a channel to name it.
 */
export async function handleFileRoute(
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
  transfers: FileTransfers | undefined,
  headers: Record<string, string>,
): Promise<void> {
  const json = (status: number, body: unknown) => {
    response.writeHead(status, { ...headers, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(JSON.stringify(body));
  };
  if (!transfers) return json(404, fail('not_found', errorMessages.not_found));
  if (request.method === 'POST' && path === '/files') {
    const name = decodeURIComponent(String(request.headers['x-file-name'] ?? 'fichier')).slice(0, 200);
    try {
      return json(200, ok({ uploadId: await transfers.receive(request, name) }));
    } catch (error) {
      const appError = error instanceof AppError ? error : AppError.of('invalid_input');
      return json(400, fail(appError.code, appError.message));
    }
  }
  const id = /^\/files\/([0-9a-f]{32})$/.exec(path)?.[1];
  const download = request.method === 'GET' && id ? transfers.take(id) : undefined;
  if (!download) return json(404, fail('not_found', 'Ce fichier n’est plus disponible : relancez l’export.'));
  response.writeHead(200, {
    ...headers,
    'Content-Type': download.mimeType,
    'Content-Length': String(statSync(download.path).size),
    'Content-Disposition': disposition(download.fileName),
    'Cache-Control': 'no-store',
  });
  let isComplete = false;
  try {
    await pipeline(createReadStream(download.path), response);
    isComplete = true;
  } finally {
    transfers.finished(download, isComplete);
  }
}
