import { ChorusError } from './chorus-error';

export interface Exchange {
  status: number;
  headers: Headers;
  body: string;
}

export interface ExchangeOptions {
  fetch: typeof fetch;
  timeoutMs: number;
  /** The caller's cancellation: its reason is rethrown as is (a cancelled task is not a Chorus failure). */
  signal?: AbortSignal;
  /**
   * Whether the request changes something on Chorus Pro's side once received: then a timeout or a dropped
   * connection leaves the outcome unknown. False for the token request, which changes nothing we track.
   */
  isApiCall: boolean;
}

/** Socket errors raised before the request could leave: nothing reached Chorus Pro. */
const NOT_SENT = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_FAIL',
  'ENETUNREACH',
  'ENETDOWN',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** Every `code` in an error's cause chain (fetch wraps socket errors, sometimes in an AggregateError). */
function errorCodes(error: unknown, depth = 0): string[] {
  if (depth > 5 || typeof error !== 'object' || error === null) return [];
  const own = 'code' in error && typeof error.code === 'string' ? [error.code] : [];
  const nested = error instanceof AggregateError ? error.errors.flatMap((inner) => errorCodes(inner, depth + 1)) : [];
  return [...own, ...nested, ...('cause' in error ? errorCodes(error.cause, depth + 1) : [])];
}

function networkFailure(error: unknown, isApiCall: boolean): ChorusError {
  const codes = errorCodes(error);
  if (codes.length > 0 && codes.every((code) => NOT_SENT.has(code))) return new ChorusError('chorus_offline', { mayHaveBeenProcessed: false });
  // A reset, a closed socket or anything unknown: the request may have been read before the line dropped.
  return new ChorusError('chorus_connection_lost', { mayHaveBeenProcessed: isApiCall });
}

/**
 * One HTTP POST, answer read in full, bounded by `timeoutMs` (request and body). Network failures come out
 * as ChorusError (offline when nothing left, connection lost or timeout when the outcome is unknown).
 */
export async function exchange(url: string, init: RequestInit, options: ExchangeOptions): Promise<Exchange> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  try {
    const response = await options.fetch(url, { ...init, method: 'POST', signal, redirect: 'error' });
    const body = await response.text();
    return { status: response.status, headers: response.headers, body };
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason;
    if (timeout.aborted) return Promise.reject(new ChorusError('chorus_timeout', { mayHaveBeenProcessed: options.isApiCall }));
    throw networkFailure(error, options.isApiCall);
  }
}

/** `Retry-After` in milliseconds (seconds or an HTTP date), if present and sensible. */
export function retryAfterMs(headers: Headers, nowMs: number): number | undefined {
  const value = headers.get('retry-after');
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

/** JSON of a body, or undefined when it is not JSON. */
export function parseJson(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}
