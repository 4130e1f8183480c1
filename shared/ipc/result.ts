import { z } from 'zod';
import { errorCodes, type ErrorCode } from '../errors/error-codes';

/** What crosses the IPC boundary when something goes wrong: a code for programs, a French message for people. */
export const AppErrorSchema = z.object({
  code: z.enum(errorCodes as [ErrorCode, ...ErrorCode[]]),
  message: z.string(),
  field: z.string().optional(),
});
export type AppError = z.infer<typeof AppErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, field?: string): { ok: false; error: AppError } {
  return { ok: false, error: field === undefined ? { code, message } : { code, message, field } };
}

/** Builds the zod schema of a result carrying `value`, used to check every response in tests. */
export function resultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: AppErrorSchema }),
  ]);
}
