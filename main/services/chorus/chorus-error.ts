import type { ErrorCode } from '@shared/errors/error-codes';
import { errorMessages } from '@shared/errors/error-codes';
import { AppError } from '../../errors/app-error';

/** The causes of a failed Chorus Pro call, each an error code with its French message. */
export type ChorusErrorCode = Extract<
  ErrorCode,
  | 'chorus_piste_credentials'
  | 'chorus_technical_account'
  | 'chorus_not_subscribed'
  | 'chorus_unavailable'
  | 'chorus_rate_limited'
  | 'chorus_offline'
  | 'chorus_timeout'
  | 'chorus_connection_lost'
  | 'chorus_bad_response'
  | 'chorus_refused'
>;

/** Whether trying the same call again later may succeed, per cause. */
const RETRYABLE: Record<ChorusErrorCode, boolean> = {
  chorus_piste_credentials: false,
  chorus_technical_account: false,
  chorus_not_subscribed: false,
  chorus_refused: false,
  chorus_unavailable: true,
  chorus_rate_limited: true,
  chorus_offline: true,
  chorus_timeout: true,
  chorus_connection_lost: true,
  chorus_bad_response: true,
};

export interface ChorusErrorDetails {
  /**
   * True when Chorus Pro may have carried out the request although we got no usable answer (a timeout or a
   * dropped connection after the request left, a 500, an unreadable 200). The sender must then look the
   * invoice up (search by number) before any new deposit. False means nothing was done on Chorus Pro's side.
   */
  mayHaveBeenProcessed: boolean;
  httpStatus?: number;
  /** Chorus Pro's business return code and label, when it refused the request. */
  codeRetour?: number;
  libelle?: string;
  /** How long Chorus Pro asked us to wait (429 `Retry-After`), in milliseconds. */
  retryAfterMs?: number;
  /** Overrides the default French message of the code. */
  message?: string;
}

/**
 * A failed Chorus Pro call, explained for a shop owner (the code's French message) and for the code that
 * called: may a retry help, and may the request have been processed anyway.
 */
export class ChorusError extends AppError {
  readonly isRetryable: boolean;
  readonly mayHaveBeenProcessed: boolean;
  readonly httpStatus?: number;
  readonly codeRetour?: number;
  readonly libelle?: string;
  readonly retryAfterMs?: number;

  constructor(code: ChorusErrorCode, details: ChorusErrorDetails) {
    super(code, details.message ?? errorMessages[code]);
    this.name = 'ChorusError';
    this.isRetryable = RETRYABLE[code];
    this.mayHaveBeenProcessed = details.mayHaveBeenProcessed;
    if (details.httpStatus !== undefined) this.httpStatus = details.httpStatus;
    if (details.codeRetour !== undefined) this.codeRetour = details.codeRetour;
    if (details.libelle !== undefined) this.libelle = details.libelle;
    if (details.retryAfterMs !== undefined) this.retryAfterMs = details.retryAfterMs;
  }
}

/**
 * French wording for the business codes a supplier meets (chorus-pro-api.md §3.4); others keep Chorus Pro's
 * own label. Codes are per service, so only those documented for the calls we make are listed.
 */
const KNOWN_REFUSALS: Record<number, string> = {
  20001: 'votre compte n’est pas autorisé à faire cette action sur cette facture',
  20002: 'la facture n’est pas au statut « Suspendue » : elle ne peut pas être complétée',
  20003: 'la pièce jointe dépasse 10 Mo',
};

export function refusal(codeRetour: number, libelle: string | undefined, httpStatus: number): ChorusError {
  const known = KNOWN_REFUSALS[codeRetour];
  const reason = known ?? libelle ?? `erreur ${httpStatus}`;
  const suffix = codeRetour ? ` (code ${codeRetour}${known && libelle ? `, ${libelle}` : ''})` : '';
  return new ChorusError('chorus_refused', {
    mayHaveBeenProcessed: false,
    httpStatus,
    codeRetour,
    ...(libelle === undefined ? {} : { libelle }),
    message: `Chorus Pro a refusé la demande : ${reason}${suffix}.`,
  });
}
