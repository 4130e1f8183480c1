import type { Channel, RequestOf, ResponseOf } from './contract';
import type { EventName, EventPayload } from './events';
import type { Result } from './result';

/**
 * The object the renderer finds at `window.facturier`, whichever transport is underneath: the Electron
 * preload or the browser host's HTTP client. Nothing else of main is reachable from the page.
 */
export interface FacturierBridge {
  invoke<C extends Channel>(channel: C, input: RequestOf<C>): Promise<Result<ResponseOf<C>>>;
  /** Subscribes to an event; returns the function that unsubscribes. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  readonly transport: 'electron' | 'browser';
}

export const BRIDGE_GLOBAL = 'facturier';
