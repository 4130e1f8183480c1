import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { errorMessages } from '@shared/errors/error-codes';
import { fail } from '@shared/ipc/result';
import { CONTENT_SECURITY_POLICY, HEADER_ONLY_CSP } from '@shared/security/content-security-policy';
import type { EventBus } from '../events/event-bus';
import type { Invoke } from '../ipc/invoker';
import { hasValidToken, isAllowedHost, isAllowedOrigin, TOKEN_HEADER } from './request-guard';
import { openEventStream } from './event-stream';
import { injectToken, readStaticFile } from './static-files';
import { handleFileRoute } from './file-routes';
import type { FileTransfers } from '../services/transfers/file-transfers';

const MAX_BODY_BYTES = 25 * 1024 * 1024;
export const LOOPBACK = '127.0.0.1';

export interface BrowserHostOptions {
  invoke: Invoke;
  events: EventBus;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Fixed only in tests; otherwise a fresh random token per start. */
  token?: string;
  /** Downloads of exports and uploads of backups to restore (`/files`); the core's. */
  transfers?: FileTransfers;
}

export interface BrowserHost {
  url: string;
  port: number;
  token: string;
  server: Server;
  close(): Promise<void>;
}

const securityHeaders = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; ${HEADER_ONLY_CSP}`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { ...securityHeaders, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(body));
}

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolveBody(null);
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

async function handleIpc(request: IncomingMessage, response: ServerResponse, channel: string, invoke: Invoke) {
  const body = await readBody(request);
  if (body === null) return sendJson(response, 413, fail('invalid_input', 'Les données envoyées sont trop volumineuses.'));
  let input: unknown;
  try {
    input = body === '' ? {} : JSON.parse(body);
  } catch {
    return sendJson(response, 400, fail('invalid_input', errorMessages.invalid_input));
  }
  sendJson(response, 200, await invoke(channel, input));
}

async function serveStatic(response: ServerResponse, rendererDir: string, path: string, token: string) {
  const isPage = path === '/' || path === '/index.html';
  const file = await readStaticFile(rendererDir, isPage ? '/index.html' : path);
  if (!file) {
    response.writeHead(404, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' });
    return response.end('Introuvable');
  }
  const body = isPage ? injectToken(file.body.toString('utf8'), token) : file.body;
  response.writeHead(200, { ...securityHeaders, 'Content-Type': file.contentType, 'Cache-Control': 'no-store' });
  response.end(body);
}

/**
 * Serves the app to a browser on this machine only: the built renderer, `POST /ipc/<channel>` over the
 * same invoke as Electron's IPC, and events as Server-Sent Events at `/events`.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const rendererDir = resolve(options.rendererDir);
  let port = 0;

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://host.invalid');
    if (!isAllowedHost(request, port) || !isAllowedOrigin(request, port)) {
      return sendJson(response, 403, fail('forbidden_origin', errorMessages.forbidden_origin));
    }
    const isIpc = url.pathname.startsWith('/ipc/');
    // Downloads are opened by the page as links (token in the query, as the event stream); uploads are fetches (header).
    const isFiles = url.pathname === '/files' || url.pathname.startsWith('/files/');
    if (isIpc || isFiles || url.pathname === '/events') {
      const presented = isIpc || (isFiles && request.method === 'POST') ? request.headers[TOKEN_HEADER] : url.searchParams.get('token');
      if (!hasValidToken(Array.isArray(presented) ? presented[0] : presented, token)) {
        return sendJson(response, 401, fail('unauthorized', errorMessages.unauthorized));
      }
      if (url.pathname === '/events') return openEventStream(request, response, options.events, securityHeaders);
      if (isFiles) return void handleFileRoute(request, response, url.pathname, options.transfers, securityHeaders).catch(() => response.destroy());
      if (request.method !== 'POST') return sendJson(response, 405, fail('invalid_input', errorMessages.invalid_input));
      return void handleIpc(request, response, decodeURIComponent(url.pathname.slice(5)), options.invoke).catch(() =>
        sendJson(response, 500, fail('internal', errorMessages.internal)),
      );
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendJson(response, 405, fail('invalid_input', errorMessages.invalid_input));
    void serveStatic(response, rendererDir, url.pathname, token);
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://${LOOPBACK}:${port}/`,
    port,
    token,
    server,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
