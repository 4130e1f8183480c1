/**
 * Faults the simulator injects, as the network and PISTE really fail (chorus-pro-api.md §6): slow answers,
 * server errors, rate limiting, connections dropped before or after the request was carried out, unreadable
 * bodies, tokens that expire mid-run, business refusals. Queued faults apply to the next matching requests;
 * random faults (stress runs) hit any request with a given probability.
 */
export type FaultKind =
  /** Wait `ms` before handling the request (combines with any other fault). */
  | 'latency'
  /** Answer `status` (500, 502, 503, 504, 429…) without handling the request. */
  | 'status'
  /** Drop the connection before the request is handled: nothing recorded. */
  | 'reset-before'
  /** Handle the request (a deposit is recorded), then drop the connection: the client never sees the answer. */
  | 'reset-after'
  /** Handle the request, then answer 200 with a truncated JSON body. */
  | 'malformed-json'
  /** Refuse the bearer token as expired (401 invalid_token) and forget it, as PISTE does. */
  | 'token-expired'
  /** Refuse with a business error `{ codeRetour, libelle }` (HTTP 400). */
  | 'business';

export interface Fault {
  kind: FaultKind;
  /** An API path (`factures/v1/deposer/flux`), `token` for the OAuth endpoint, `*` for any; absent: any API call. */
  path?: string;
  /** How many matching requests it hits (default 1). */
  times?: number;
  ms?: number;
  status?: number;
  /** Seconds in `Retry-After` for a 429. */
  retryAfterS?: number;
  codeRetour?: number;
  libelle?: string;
}

export interface RandomFaults {
  probability: number;
  kinds: FaultKind[];
  /** A seeded generator for reproducible runs; Math.random otherwise. */
  random?: () => number;
  path?: string;
}

const matches = (fault: Fault | RandomFaults, path: string) =>
  fault.path === '*' || fault.path === path || (fault.path === undefined && path !== 'token');

export function createFaultPlan() {
  const queue: Array<Fault & { left: number }> = [];
  let random: RandomFaults | null = null;

  function take(path: string, predicate: (fault: Fault) => boolean): Fault | undefined {
    const index = queue.findIndex((fault) => predicate(fault) && matches(fault, path));
    if (index < 0) return undefined;
    const fault = queue[index] as Fault & { left: number };
    fault.left -= 1;
    if (fault.left <= 0) queue.splice(index, 1);
    return fault;
  }

  return {
    /** Queues a fault for the next matching request(s). */
    add(fault: Fault): void {
      queue.push({ ...fault, left: fault.times ?? 1 });
    },
    /** Faults on every request at random (null stops them). */
    setRandom(faults: RandomFaults | null): void {
      random = faults;
    },
    clear(): void {
      queue.length = 0;
      random = null;
    },
    pending(): number {
      return queue.reduce((sum, fault) => sum + fault.left, 0);
    },
    /** The faults for one request: latency (summed) and at most one other. */
    next(path: string): { latencyMs: number; fault: Fault | undefined } {
      let latencyMs = 0;
      for (let latency = take(path, (f) => f.kind === 'latency'); latency; latency = take(path, (f) => f.kind === 'latency')) latencyMs += latency.ms ?? 0;
      let fault = take(path, (f) => f.kind !== 'latency');
      if (!fault && random && matches(random, path)) {
        const draw = random.random ?? Math.random;
        if (draw() < random.probability) {
          const kind = random.kinds[Math.floor(draw() * random.kinds.length)] as FaultKind;
          if (kind === 'latency') latencyMs += 50 + Math.floor(draw() * 200);
          else fault = { kind, status: [500, 502, 503, 504, 429][Math.floor(draw() * 5)] as number, codeRetour: 20999, libelle: 'Erreur simulée' };
        }
      }
      return { latencyMs, fault };
    },
  };
}

export type FaultPlan = ReturnType<typeof createFaultPlan>;
