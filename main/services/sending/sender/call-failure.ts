import { errorMessages } from '@shared/errors/error-codes';
import { AppError } from '../../../errors/app-error';
import type { CallFailure } from './sender-port';

/**
 * What a failure means for the sender:
 * - `credentials`: no call can succeed until the user fixes Réglages › Chorus Pro: the whole run waits;
 * - `offline`: the network is down: the run stops and a cheap probe watches for its return;
 * - `retry`: this call, later (backoff, or what Chorus Pro asked with Retry-After);
 * - `refused`: Chorus Pro answered no; the same request would get the same answer.
 * `mayHaveBeenProcessed` is kept aside: for a deposit it means the outcome is unknown.
 */
export type FailureKind = 'credentials' | 'offline' | 'retry' | 'refused';

const CREDENTIAL_CODES = new Set(['chorus_piste_credentials', 'chorus_technical_account', 'chorus_not_subscribed']);

export function toFailure(error: unknown): CallFailure {
  if (error instanceof AppError) {
    const details = error as AppError & Partial<CallFailure>;
    return {
      code: error.code,
      message: error.message,
      isRetryable: details.isRetryable ?? false,
      mayHaveBeenProcessed: details.mayHaveBeenProcessed ?? false,
      retryAfterMs: details.retryAfterMs,
    };
  }
  // Not a failure the client explains (a bug, an unreadable file): the request may have left.
  return { code: 'internal', message: errorMessages.internal, isRetryable: true, mayHaveBeenProcessed: true };
}

export function kindOf(failure: CallFailure): FailureKind {
  if (CREDENTIAL_CODES.has(failure.code)) return 'credentials';
  if (failure.code === 'chorus_offline') return 'offline';
  return failure.isRetryable ? 'retry' : 'refused';
}
