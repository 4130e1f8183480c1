import { errorMessages, type ErrorCode } from '@shared/errors/error-codes';

/**
 * A failure a service expects and the user can act on, with a code from the closed set in
 * shared/errors/error-codes.ts. Every transport turns it into `{ ok: false, error: { code, message, field } }`;
 * any other exception becomes the generic "internal" error.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = errorMessages[code],
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }

  static of(code: ErrorCode, field?: string): AppError {
    return new AppError(code, errorMessages[code], field);
  }
}
