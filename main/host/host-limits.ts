/**
 * How much the browser host accepts and how long it waits. Short timeouts: the only client is a page on
 * this machine, so a connection that is slow to speak is broken or hostile. The body limits bound memory
 * per request and across all requests at once (a page uploads a logo; nobody needs more).
 */
export interface HostLimits {
  /** Largest body of one request. */
  maxBodyBytes: number;
  /** Bytes of bodies held in memory at once, all requests together; over it, a French 503. */
  bodyBudgetBytes: number;
  /** Time to receive a request's headers (slowloris, or a connection that never speaks). */
  headersTimeoutMs: number;
  /** Time to receive a whole request, body included. */
  requestTimeoutMs: number;
  /** Time an idle kept-alive connection stays open after an answer. */
  keepAliveTimeoutMs: number;
}

export const DEFAULT_HOST_LIMITS: HostLimits = Object.freeze({
  maxBodyBytes: 25 * 1024 * 1024,
  bodyBudgetBytes: 64 * 1024 * 1024,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
});

/** Node checks the two timeouts on an interval: a fraction of the shortest keeps them close to exact. */
export function connectionsCheckingInterval(limits: HostLimits): number {
  return Math.max(100, Math.min(1_000, Math.floor(limits.headersTimeoutMs / 4)));
}
