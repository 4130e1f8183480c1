import { z } from 'zod';
import { DataList } from './data-lists';
import { TaskProgress } from './task-progress';
import { SendingNewsSchema, SyncStateSchema } from '../sending/sending-views';

/**
 * Events main pushes to the renderer (progress of long work, status changes). Like the contract, one
 * table: the renderer can only subscribe to these names and main can only emit payloads that parse.
 */
export const events = {
  'app:notice': z.object({ level: z.enum(['info', 'warning', 'error']), message: z.string() }),
  /** Long work in the core (import, backup, export, sending): n of m, cancellable while it runs. */
  'task:progress': TaskProgress,
  /** Which lists a write or background work changed: the renderer refetches what reads them. */
  'data:changed': z.object({ lists: z.array(DataList).min(1) }),
  /** The sender's state for the header's indicator: reachable, synchronising, last sync, why it waits. */
  'sending:sync': SyncStateSchema,
  /** A piece's news from Chorus Pro (a new status, a refused deposit). */
  'sending:news': SendingNewsSchema,
} as const satisfies Record<string, z.ZodType>;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

export const eventNames = Object.freeze(Object.keys(events)) as readonly EventName[];

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(events, name);
}
