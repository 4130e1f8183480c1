import { z } from 'zod';
import type { Clock } from '../clock';
import { ChorusError, refusal } from './chorus-error';
import type { ChorusEndpoints } from './chorus-endpoints';
import { exchange, parseJson, retryAfterMs, type Exchange } from './http-exchange';
import type { PisteTokens } from './piste-token';

export interface CallOptions {
  /** Cancels the call; its reason is rethrown unchanged. */
  signal?: AbortSignal;
  /** Overrides the client's timeout for this call (a large deposit on a slow line). */
  timeoutMs?: number;
}

export interface TransportOptions {
  endpoints: ChorusEndpoints;
  technicalLogin: string;
  technicalPassword: string;
  tokens: PisteTokens;
  fetch: typeof fetch;
  clock: Clock;
  timeoutMs: number;
}

export type ChorusCall = <S extends z.ZodType>(path: string, body: object, schema: S, options?: CallOptions) => Promise<z.output<S>>;

/** Calls that change something on Chorus Pro: never repeated on our own (a repeat could deposit twice). */
const WRITES = new Set(['factures/v1/deposer/flux', 'factures/v1/soumettre', 'factures/v1/completer', 'factures/v1/recycler', 'transverses/v1/ajouter/fichier']);

const ReturnCode = z.object({ codeRetour: z.coerce.number().optional(), libelle: z.string().optional() });

/** The technical account as Chorus Pro wants it: base64 of the UTF-8 `login:password`, under `cpro-account`. */
export function cproAccountHeader(login: string, password: string): string {
  return Buffer.from(`${login}:${password}`, 'utf8').toString('base64');
}

/** PISTE's 401 for a wrong technical account names it: `error_description="login or password incorrects"`. */
function blamesTechnicalAccount(answer: Exchange): boolean {
  const header = answer.headers.get('www-authenticate') ?? '';
  return /login|password|mot de passe/i.test(header);
}

function businessError(json: unknown, status: number): ChorusError | null {
  const code = ReturnCode.safeParse(json);
  if (!code.success || code.data.codeRetour === undefined || code.data.codeRetour === 0) return null;
  return refusal(code.data.codeRetour, code.data.libelle, status);
}

/** The cause of a non-2xx answer (401 is handled by the caller, which may renew the token first). */
function httpFailure(answer: Exchange, nowMs: number): ChorusError {
  const { status } = answer;
  const json = parseJson(answer.body);
  if (status === 429) {
    const wait = retryAfterMs(answer.headers, nowMs);
    return new ChorusError('chorus_rate_limited', { mayHaveBeenProcessed: false, httpStatus: status, ...(wait === undefined ? {} : { retryAfterMs: wait }) });
  }
  // 503 (maintenance) and 502 (gateway could not reach Chorus) mean the request was not handled; any other
  // 5xx may come after the work was done.
  if (status >= 500) return new ChorusError('chorus_unavailable', { mayHaveBeenProcessed: status !== 503 && status !== 502, httpStatus: status });
  const business = businessError(json, status);
  if (business) return business;
  if (status === 401) return new ChorusError('chorus_technical_account', { mayHaveBeenProcessed: false, httpStatus: status });
  if (status === 403) return new ChorusError('chorus_not_subscribed', { mayHaveBeenProcessed: false, httpStatus: status });
  if (status === 400 && /invalid_request|invalid_token/.test(answer.headers.get('www-authenticate') ?? '')) {
    return new ChorusError('chorus_piste_credentials', { mayHaveBeenProcessed: false, httpStatus: status });
  }
  if (status === 404) {
    return new ChorusError('chorus_unavailable', {
      mayHaveBeenProcessed: false,
      httpStatus: status,
      message: 'L’adresse de l’API Chorus Pro ne répond pas (erreur 404) : l’environnement choisi est peut-être mal configuré, ou le service a changé d’adresse.',
    });
  }
  if (status === 408) return new ChorusError('chorus_timeout', { mayHaveBeenProcessed: false, httpStatus: status });
  if (status === 413) return refusal(0, 'le fichier envoyé est trop volumineux', status);
  return refusal(0, undefined, status);
}

/**
 * Every Chorus Pro call goes through here: Bearer token, `cpro-account`, UTF-8 JSON, a timeout, one token
 * renewal when PISTE refuses the token, and each failure turned into a ChorusError that says its cause.
 */
export function createChorusTransport(options: TransportOptions): ChorusCall {
  const account = cproAccountHeader(options.technicalLogin, options.technicalPassword);

  async function post(path: string, body: object, token: string, call: CallOptions): Promise<Exchange> {
    return exchange(
      new URL(path, options.endpoints.apiBase).toString(),
      {
        headers: {
          Authorization: `Bearer ${token}`,
          'cpro-account': account,
          'Content-Type': 'application/json;charset=utf-8',
          Accept: 'application/json',
        },
        body: JSON.stringify(body),
      },
      { fetch: options.fetch, timeoutMs: call.timeoutMs ?? options.timeoutMs, isApiCall: true, ...(call.signal ? { signal: call.signal } : {}) },
    );
  }

  /**
   * A read whose connection dropped is asked once more: a kept-alive connection the server had closed
   * fails that way, and a read is safe to repeat. A write is not: its outcome stays unknown to the caller.
   */
  async function send(path: string, body: object, token: string, call: CallOptions): Promise<Exchange> {
    try {
      return await post(path, body, token, call);
    } catch (error) {
      if (WRITES.has(path) || !(error instanceof ChorusError) || error.code !== 'chorus_connection_lost') throw error;
      return post(path, body, token, call);
    }
  }

  return async (path, body, schema, call = {}) => {
    let answer: Exchange | undefined;
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const token = await options.tokens.get(call.signal);
      answer = await send(path, body, token, call);
      // A 401 that does not blame the technical account is PISTE refusing the token (expired early,
      // revoked): renew it once. The gateway refused the request, so nothing was processed.
      if (answer.status !== 401 || blamesTechnicalAccount(answer)) break;
      options.tokens.invalidate(token);
    }
    const final = answer as Exchange;
    const nowMs = options.clock.now().getTime();
    if (final.status < 200 || final.status >= 300) throw httpFailure(final, nowMs);
    const json = parseJson(final.body);
    if (json === undefined) throw new ChorusError('chorus_bad_response', { mayHaveBeenProcessed: true, httpStatus: final.status });
    const business = businessError(json, final.status);
    if (business) throw business;
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new ChorusError('chorus_bad_response', { mayHaveBeenProcessed: true, httpStatus: final.status });
    return parsed.data;
  };
}
