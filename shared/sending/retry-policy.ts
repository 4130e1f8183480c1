/**
 * When the sender looks at an entry again. Pure: the random number and the ages come from the caller, so
 * tests pin them.
 */
export interface RetryPolicy {
  /** First delay after a failure. */
  baseMs: number;
  /** No wait is ever longer than this. */
  capMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { baseMs: 30_000, capMs: 30 * 60_000 };

/**
 * Exponential backoff with "equal jitter": after the n-th failure in a row, wait between half and all of
 * base·2^(n-1), capped. The jitter spreads retries of many entries (and of two machines) apart; the half
 * that is fixed keeps a flaky connection from being hammered.
 */
export function retryDelayMs(failures: number, random: number, policy: RetryPolicy = DEFAULT_RETRY_POLICY): number {
  const n = Math.max(1, Math.floor(failures));
  const exponential = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(n - 1, 30));
  const r = Math.min(1, Math.max(0, random));
  return Math.round(exponential / 2 + (exponential / 2) * r);
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * How often a status is asked again, from how long ago it last changed: a fresh invoice every few minutes,
 * an old one a few times a day (Chorus Pro publishes no quota; this keeps a long list polite).
 */
export const POLL_STEPS: ReadonlyArray<{ ageUnderMs: number; everyMs: number }> = [
  { ageUnderMs: DAY, everyMs: 5 * MINUTE },
  { ageUnderMs: 7 * DAY, everyMs: 30 * MINUTE },
  { ageUnderMs: 30 * DAY, everyMs: 2 * HOUR },
  { ageUnderMs: Number.POSITIVE_INFINITY, everyMs: 12 * HOUR },
];

export function pollDelayMs(sinceLastChangeMs: number): number {
  const age = Math.max(0, sinceLastChangeMs);
  return (POLL_STEPS.find((step) => age < step.ageUnderMs) ?? POLL_STEPS[POLL_STEPS.length - 1]!).everyMs;
}

/** A deposit report is asked more often: integration usually takes minutes. */
export const FLUX_POLL_MS = 2 * MINUTE;
