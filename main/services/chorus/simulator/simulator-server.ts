import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FaultPlan } from './fault-plan';
import type { RouteContext, Route } from './route-context';
import type { SimulatorAccess } from './simulator-access';
import { SimulatorRefusal, type Body } from './simulator-http';

export interface Quirks {
  /** Lists of one result sent as a bare object, as some Chorus Pro answers do (§2.2, §2.7). */
  singleResultAsObject?: boolean;
  /** Fields no client knows, added to every object of every answer. */
  extraFields?: boolean;
}

export interface RequestRecord {
  path: string;
  /** The HTTP status answered, or `reset` when the connection was dropped. */
  outcome: number | 'reset';
  atMs: number;
}

export interface ServerParts {
  access: SimulatorAccess;
  faults: FaultPlan;
  routes: Record<string, Route>;
  context: RouteContext;
  quirks: () => Quirks;
  requests: RequestRecord[];
  maxBodyBytes: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

const TECHNICAL_ACCOUNT_REFUSED = 'Bearer realm="PISTE",error="Unauthorized",error_description="login or password incorrects"';
const TOKEN_REFUSED = 'Bearer realm="PISTE",error="invalid_token",error_description="The access token is invalid or has expired"';

function reshape(value: unknown, quirks: Quirks, key = ''): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => reshape(item, quirks));
    return quirks.singleResultAsObject && items.length === 1 && (key.startsWith('liste') || key === 'histoStatut') ? items[0] : items;
  }
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).map(([k, v]) => [k, reshape(v, quirks, k)]);
  if (quirks.extraFields) entries.push(['champAjouteParChorusPro', 'valeur inconnue du client']);
  return Object.fromEntries(entries);
}

function readBody(request: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    request.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** The HTTP face of the simulator: PISTE's token endpoint and the Chorus Pro API under /cpro/. */
export function createSimulatorServer(parts: ServerParts): Server {
  const now = () => parts.context.clock.now().getTime();

  function send(response: ServerResponse, path: string, status: number, body: unknown, headers: Record<string, string> = {}): void {
    parts.requests.push({ path, outcome: status, atMs: now() });
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    response.writeHead(status, { 'Content-Type': typeof body === 'string' ? 'text/html; charset=utf-8' : 'application/json;charset=utf-8', ...headers });
    response.end(text);
  }

  function drop(request: IncomingMessage, path: string): void {
    parts.requests.push({ path, outcome: 'reset', atMs: now() });
    request.socket.destroy();
  }

  function token(request: IncomingMessage, response: ServerResponse, raw: Buffer): void {
    const form = new URLSearchParams(raw.toString('utf8'));
    const basic = /^Basic\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    const [basicId, basicSecret] = basic ? Buffer.from(basic[1] as string, 'base64').toString('utf8').split(':') : [];
    if (form.get('grant_type') !== 'client_credentials') return send(response, 'token', 400, { error: 'unsupported_grant_type' });
    const scope = form.get('scope');
    if (scope !== null && !scope.split(' ').includes('openid')) return send(response, 'token', 400, { error: 'invalid_scope' });
    const issued = parts.access.issueToken(form.get('client_id') ?? basicId ?? '', form.get('client_secret') ?? basicSecret ?? '');
    if (!issued) return send(response, 'token', 400, { error: 'invalid_client', error_description: 'Bad client credentials' });
    send(response, 'token', 200, { access_token: issued.token, token_type: 'Bearer', expires_in: issued.expiresIn, scope: 'openid resource.READ' });
  }

  /** PISTE's checks, in its order: bearer present, valid, application subscribed, then the technical account. */
  function refuseAccess(request: IncomingMessage, response: ServerResponse, path: string): boolean {
    const check = parts.access.checkToken(request.headers.authorization);
    if (!check.ok && check.reason === 'missing') {
      send(response, path, 400, { error: 'invalid_request' }, { 'WWW-Authenticate': 'Bearer realm="PISTE",error="invalid_request",error_description="Missing bearer token"' });
    } else if (!check.ok) send(response, path, 401, '', { 'WWW-Authenticate': TOKEN_REFUSED });
    else if (!check.application.isSubscribed) send(response, path, 403, { error: 'access_denied', error_description: 'Application not subscribed to this API' });
    else if (!parts.access.checkAccount(request.headers['cpro-account'] as string | undefined)) send(response, path, 401, '', { 'WWW-Authenticate': TECHNICAL_ACCOUNT_REFUSED });
    else return false;
    return true;
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    response.on('error', () => undefined);
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const isToken = url.pathname === '/api/oauth/token';
    const path = isToken ? 'token' : url.pathname.replace(/^\/cpro\//, '');
    const raw = await readBody(request, parts.maxBodyBytes);
    if (raw === null) return send(response, path, 413, '<html><body>Request Entity Too Large</body></html>');
    const { latencyMs, fault } = parts.faults.next(path);
    if (latencyMs > 0) await sleep(latencyMs);
    if (fault?.kind === 'reset-before') return drop(request, path);
    if (fault?.kind === 'status') {
      const status = fault.status ?? 503;
      return send(response, path, status, `<html><body>Erreur ${status}</body></html>`, status === 429 ? { 'Retry-After': String(fault.retryAfterS ?? 1) } : {});
    }
    if (fault?.kind === 'token-expired' && !isToken) {
      parts.access.revoke(request.headers.authorization);
      return send(response, path, 401, '', { 'WWW-Authenticate': TOKEN_REFUSED });
    }
    if (fault?.kind === 'business') return send(response, path, 400, { codeRetour: fault.codeRetour ?? 20999, libelle: fault.libelle ?? 'Erreur simulée' });

    if (isToken) {
      if (request.method !== 'POST') return send(response, path, 405, '');
      if (fault?.kind === 'reset-after') return drop(request, path);
      if (fault?.kind === 'malformed-json') return send(response, path, 200, '{"access_token": "tronqu');
      return token(request, response, raw);
    }
    if (request.method === 'GET' && path === 'transverses/v1/health-check') return send(response, path, 200, {});
    const route = parts.routes[path];
    if (request.method !== 'POST' || !route) return send(response, path, 404, '<html><body>Not Found</body></html>');
    if (refuseAccess(request, response, path)) return;
    if (!/^application\/json/i.test(request.headers['content-type'] ?? '')) return send(response, path, 415, { codeRetour: 20100, libelle: 'Le contenu doit être du JSON (application/json).' });
    let body: Body;
    try {
      const parsed = JSON.parse(raw.toString('utf8')) as unknown;
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
      body = parsed as Body;
    } catch {
      return send(response, path, 400, { codeRetour: 20100, libelle: 'Le corps de la requête n’est pas un objet JSON valide.' });
    }
    let answer: object;
    try {
      answer = route(body, parts.context);
    } catch (error) {
      if (error instanceof SimulatorRefusal) return send(response, path, error.status, { codeRetour: error.codeRetour, libelle: error.libelle });
      throw error;
    }
    // The request was carried out: from here on a fault only hides the answer.
    if (fault?.kind === 'reset-after') return drop(request, path);
    if (fault?.kind === 'malformed-json') return send(response, path, 200, '{"codeRetour":0,"libelle":"TRA_MSG_00.000",');
    send(response, path, 200, reshape({ codeRetour: 0, libelle: 'TRA_MSG_00.000', ...answer }, parts.quirks()));
  }

  return createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500).end('<html><body>Erreur interne du simulateur</body></html>');
    });
  });
}

export async function listen(server: Server, port: number): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
