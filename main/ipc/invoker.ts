import { z } from 'zod';
import { contract, isChannel, type Channel, type ParsedRequestOf, type ResponseOf } from '@shared/ipc/contract';
import { errorMessages } from '@shared/errors/error-codes';
import { fail, ok, type Result } from '@shared/ipc/result';
import { firstIssue } from '@shared/validation/zod-french';
import { storageError } from '../errors/storage-errors';
import { AppError } from '../errors/app-error';
import type { EventBus } from '../events/event-bus';

export type Handlers = {
  [C in Channel]: (input: ParsedRequestOf<C>) => ResponseOf<C> | Promise<ResponseOf<C>>;
};

export type Invoke = (channel: string, rawInput: unknown) => Promise<Result<unknown>>;

export interface InvokerOptions {
  /** Parse every response with the contract too: on in tests so a handler cannot drift from its schema. */
  validateOutput?: boolean;
  /** Where unexpected errors go; never receives the request payload (it may hold secrets). */
  logError?: (channel: string, error: unknown) => void;
  /** Where a successful write announces the lists it changed (`data:changed`). */
  events?: EventBus;
}

/**
 * The one wrapper every transport calls. Whatever arrives (unknown channel, malformed input, a service
 * that throws), the caller gets a Result and never an exception.
 */
export function createInvoker(handlers: Handlers, options: InvokerOptions = {}): Invoke {
  return async (channel, rawInput) => {
    if (!isChannel(channel)) return fail('unknown_channel', errorMessages.unknown_channel);
    const spec = contract[channel];
    const parsed = spec.request.safeParse(rawInput ?? {});
    if (!parsed.success) {
      const issue = firstIssue(parsed.error);
      return fail('invalid_input', issue.message, issue.field);
    }
    try {
      const handler = handlers[channel] as (input: unknown) => unknown;
      const value = await handler(parsed.data);
      if (options.validateOutput) (spec.response as z.ZodType).parse(value);
      const changes = 'changes' in spec ? spec.changes : undefined;
      if (changes && options.events) options.events.emit('data:changed', { lists: [...changes] });
      return ok(value);
    } catch (error) {
      if (error instanceof AppError) return fail(error.code, error.message, error.field);
      options.logError?.(channel, error);
      const storage = storageError(error);
      if (storage) return fail(storage.code, storage.message);
      return fail('internal', errorMessages.internal);
    }
  };
}
