import { z } from 'zod';
import type { Clock } from '../clock';
import { ChorusError } from './chorus-error';
import { exchange, parseJson, retryAfterMs, type Exchange } from './http-exchange';

export interface PisteTokenOptions {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  fetch: typeof fetch;
  clock: Clock;
  timeoutMs: number;
}

const TokenResponse = z.object({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  expires_in: z.coerce.number().positive().optional(),
});

const OAuthError = z.object({ error: z.string().optional() });

/** PISTE announces 3600 s; if a token comes without `expires_in`, assume that. */
const DEFAULT_EXPIRES_IN_S = 3600;
/** OCA renews 240 s before expiry; short test tokens renew at three quarters of their life. */
const MAX_MARGIN_MS = 240_000;

export interface PisteTokens {
  /** A valid token: the cached one, or a new one (one request at a time, shared by every caller). */
  get(signal?: AbortSignal): Promise<string>;
  /** Forget `token` after the API refused it (expired early, revoked); a newer token is kept. */
  invalidate(token: string): void;
  /** How many token requests were made (tests: "one renewal for concurrent calls"). */
  readonly requestCount: number;
}

function tokenFailure(answer: Exchange, nowMs: number): ChorusError {
  const { status } = answer;
  if (status === 429) return new ChorusError('chorus_rate_limited', { mayHaveBeenProcessed: false, httpStatus: status, ...withRetryAfter(answer, nowMs) });
  if (status >= 500) return new ChorusError('chorus_unavailable', { mayHaveBeenProcessed: false, httpStatus: status });
  const oauth = OAuthError.safeParse(parseJson(answer.body));
  const error = oauth.success ? oauth.data.error : undefined;
  if (status === 403 || error === 'invalid_scope' || error === 'unauthorized_client') return new ChorusError('chorus_not_subscribed', { mayHaveBeenProcessed: false, httpStatus: status });
  if (status === 400 || status === 401) return new ChorusError('chorus_piste_credentials', { mayHaveBeenProcessed: false, httpStatus: status });
  return new ChorusError('chorus_bad_response', { mayHaveBeenProcessed: false, httpStatus: status });
}

function withRetryAfter(answer: Exchange, nowMs: number): { retryAfterMs?: number } {
  const ms = retryAfterMs(answer.headers, nowMs);
  return ms === undefined ? {} : { retryAfterMs: ms };
}

/** A caller stops waiting when its own signal aborts; the shared request goes on for the others. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * OAuth2 client credentials against PISTE (`scope=openid`), the token kept until shortly before it
 * expires (by the injected clock), one request in flight whatever the number of callers.
 */
export function createPisteTokens(options: PisteTokenOptions): PisteTokens {
  let current: { token: string; renewAtMs: number } | null = null;
  let pending: Promise<string> | null = null;
  let requestCount = 0;

  async function request(): Promise<string> {
    requestCount += 1;
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: options.clientId,
      client_secret: options.clientSecret,
      scope: 'openid',
    });
    const answer = await exchange(
      options.tokenUrl,
      { headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' }, body: form.toString() },
      { fetch: options.fetch, timeoutMs: options.timeoutMs, isApiCall: false },
    );
    const nowMs = options.clock.now().getTime();
    if (answer.status !== 200) throw tokenFailure(answer, nowMs);
    const parsed = TokenResponse.safeParse(parseJson(answer.body));
    if (!parsed.success) throw new ChorusError('chorus_bad_response', { mayHaveBeenProcessed: false, httpStatus: answer.status });
    const lifeMs = (parsed.data.expires_in ?? DEFAULT_EXPIRES_IN_S) * 1000;
    current = { token: parsed.data.access_token, renewAtMs: nowMs + lifeMs - Math.min(MAX_MARGIN_MS, lifeMs / 4) };
    return parsed.data.access_token;
  }

  return {
    get(signal) {
      if (current && options.clock.now().getTime() < current.renewAtMs) return Promise.resolve(current.token);
      pending ??= request().finally(() => {
        pending = null;
      });
      return untilAborted(pending, signal);
    },
    invalidate(token) {
      if (current?.token === token) current = null;
    },
    get requestCount() {
      return requestCount;
    },
  };
}
