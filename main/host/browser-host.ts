import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { resolve } from 'node:path';
import { fail } from '@shared/ipc/result';
import type { EventBus } from '../events/event-bus';
import type { Invoke } from '../ipc/invoker';
import { createBodyBudget, readBody, type BodyBudget } from './body-reader';
import { openEventStream } from './event-stream';
import { connectionsCheckingInterval, DEFAULT_HOST_LIMITS, type HostLimits } from './host-limits';
import { signInPage, spentLinkPage } from './host-pages';
import { answerOnSocket, securityHeaders, sendFailure, sendHtml, sendJson } from './host-responses';
import { createLoginSessions, type LoginSessions } from './login-sessions';
import { channelOf, isAllowedHost, isAllowedOrigin, parseTarget } from './request-guard';
import { readStaticFile } from './static-files';
import { handleFileRoute } from './file-routes';
import type { FileTransfers } from '../services/transfers/file-transfers';

export { DEFAULT_HOST_LIMITS, type HostLimits } from './host-limits';
export const LOOPBACK = '127.0.0.1';

/** How long a refused upload may go on being read (and dropped) after its answer, before the socket closes. */
const LINGER_AFTER_REFUSAL_MS = 2_000;

export interface BrowserHostOptions {
  invoke: Invoke;
  events: EventBus;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  limits?: Partial<HostLimits>;
  /** Downloads of exports and uploads of backups to restore (`/files`); the core's. */
  transfers?: FileTransfers;
}

export interface BrowserHost {
  /** The app's address, with no secret in it. */
  origin: string;
  port: number;
  server: Server;
  /** A fresh one-time link that signs a browser in (the one to print). */
  newLoginUrl(): string;
  /** Bytes of request bodies held in memory right now, all requests together. */
  bodyBytesInUse(): number;
  close(): Promise<void>;
}

interface Context {
  invoke: Invoke;
  events: EventBus;
  rendererDir: string;
  limits: HostLimits;
  budget: BodyBudget;
  sessions: LoginSessions;
  port: number;
  transfers: FileTransfers | undefined;
}

/** Answers a refusal whole, then gives the client a moment to stop sending before closing. */
function refuseBody(request: IncomingMessage, response: ServerResponse, status: 413 | 503): void {
  if (status === 413) sendFailure(response, 413, 'request_too_large');
  else sendFailure(response, 503, 'host_busy', { 'Retry-After': '2' });
  if (request.complete) return;
  const socket = request.socket;
  const timer = setTimeout(() => socket.destroy(), LINGER_AFTER_REFUSAL_MS);
  timer.unref();
  request.once('end', () => clearTimeout(timer));
}

async function handleIpc(context: Context, request: IncomingMessage, response: ServerResponse, channel: string): Promise<void> {
  const body = await readBody(request, context.limits.maxBodyBytes, context.budget);
  if (body.kind === 'aborted') return void response.destroy();
  if (body.kind === 'too_large') return refuseBody(request, response, 413);
  if (body.kind === 'busy') return refuseBody(request, response, 503);
  try {
    let input: unknown;
    try {
      input = body.text === '' ? {} : JSON.parse(body.text);
    } catch {
      return sendFailure(response, 400, 'invalid_input');
    }
    sendJson(response, 200, await context.invoke(channel, input));
  } finally {
    body.release();
  }
}

/** The printed link: a valid token becomes a session cookie and a redirect to the clean address. */
function signIn(context: Context, request: IncomingMessage, response: ServerResponse, token: string, isSignedIn: boolean): void {
  const session = context.sessions.exchange(token);
  if (session === null && !isSignedIn) return sendHtml(response, 401, spentLinkPage);
  const headers: Record<string, string> = { ...securityHeaders, Location: '/', 'Cache-Control': 'no-store', 'Content-Length': '0' };
  if (session !== null) headers['Set-Cookie'] = context.sessions.setCookie(session);
  response.writeHead(303, headers);
  response.end();
}

async function serveStatic(context: Context, response: ServerResponse, pathname: string): Promise<void> {
  const isPage = pathname === '/' || pathname === '/index.html';
  const file = await readStaticFile(context.rendererDir, isPage ? '/index.html' : pathname);
  if (!file) {
    response.writeHead(404, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' });
    return void response.end('Introuvable');
  }
  response.writeHead(200, { ...securityHeaders, 'Content-Type': file.contentType, 'Content-Length': file.body.length, 'Cache-Control': 'no-store' });
  response.end(file.body);
}

async function route(context: Context, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const target = parseTarget(request.url);
  if (!target || request.headers.host === undefined) return sendFailure(response, 400, 'request_invalid');
  if (!isAllowedHost(request, context.port) || !isAllowedOrigin(request, context.port)) {
    return sendFailure(response, 403, 'forbidden_origin');
  }
  const isSignedIn = context.sessions.isSignedIn(request.headers.cookie);
  const { pathname } = target;
  const isFiles = pathname === '/files' || pathname.startsWith('/files/');
  if (pathname === '/events' || pathname.startsWith('/ipc/') || isFiles) {
    if (!isSignedIn) return sendFailure(response, 401, 'unauthorized');
    // Downloads of exports (links the page opens) and uploads of backups to restore, streamed to disk.
    if (isFiles) return handleFileRoute(request, response, pathname, context.transfers, securityHeaders);
    if (pathname === '/events') {
      if (request.method !== 'GET') return sendFailure(response, 405, 'invalid_input');
      return openEventStream(request, response, context.events, securityHeaders);
    }
    if (request.method !== 'POST') return sendFailure(response, 405, 'invalid_input');
    const channel = channelOf(pathname);
    if (channel === null) return sendFailure(response, 400, 'request_invalid');
    return handleIpc(context, request, response, channel);
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') return sendFailure(response, 405, 'invalid_input');
  const token = target.searchParams.get('token');
  if (token !== null && (pathname === '/' || pathname === '/index.html')) return signIn(context, request, response, token, isSignedIn);
  if (!isSignedIn) return sendHtml(response, 401, signInPage);
  return serveStatic(context, response, pathname);
}

/** Whatever went wrong inside our own code: a French answer if none started, else the connection ends. */
function answerUnexpected(response: ServerResponse): void {
  if (response.headersSent) return void response.destroy();
  sendJson(response, 500, fail('internal', 'Une erreur inattendue est survenue dans Facturier ; réessayez.'));
}

/**
 * Serves the app to a browser on this machine only: the built renderer, `POST /ipc/<channel>` over the
 * same invoke as Electron's IPC, and events as Server-Sent Events at `/events`. One guard around every
 * request: nothing a client sends, and no throw in our own code, may end the process.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const limits: HostLimits = { ...DEFAULT_HOST_LIMITS, ...options.limits };
  const budget = createBodyBudget(limits.bodyBudgetBytes);
  const context: Context = {
    invoke: options.invoke,
    events: options.events,
    rendererDir: resolve(options.rendererDir),
    limits,
    budget,
    sessions: createLoginSessions(0),
    port: 0,
    transfers: options.transfers,
  };
  const answering = new WeakSet<Socket>();

  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      connectionsCheckingInterval: connectionsCheckingInterval(limits),
      // Node's own refusal of a missing Host is a bare 400: the router refuses it, in French.
      requireHostHeader: false,
    },
    (request, response) => {
      request.on('error', () => undefined);
      response.on('error', () => undefined);
      answering.add(request.socket);
      response.on('close', () => answering.delete(request.socket));
      try {
        route(context, request, response).catch(() => answerUnexpected(response));
      } catch {
        answerUnexpected(response);
      }
    },
  );
  // Requests Node cannot parse (bad request line, header without colon, oversized headers, timeouts).
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable || answering.has(socket)) return void socket.destroy();
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    answerOnSocket(socket, status, 'request_invalid');
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => resolveListen());
  });
  context.port = (server.address() as AddressInfo).port;
  context.sessions = createLoginSessions(context.port);
  const origin = `http://${LOOPBACK}:${context.port}/`;

  return {
    origin,
    port: context.port,
    server,
    newLoginUrl: () => `${origin}?token=${context.sessions.newLoginToken()}`,
    bodyBytesInUse: () => budget.inUse(),
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
