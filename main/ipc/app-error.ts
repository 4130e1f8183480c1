import { errorMessages, type ErrorCode } from '../../shared/ipc/error-codes';

/**
 * A failure a service expects and the user can act on. The IPC wrapper turns it into `{ ok: false }`
 * with this French message; any other exception becomes a generic "internal" error.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }

  static of(code: ErrorCode, field?: string): AppError {
    return new AppError(code, errorMessages[code], field);
  }
}
