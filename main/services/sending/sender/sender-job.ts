import type { Database } from 'better-sqlite3';
import { DEFAULT_RETRY_POLICY, FLUX_POLL_MS } from '@shared/sending/retry-policy';
import type { SyncState } from '@shared/sending/sending-views';
import type { BackgroundJob } from '../../../app/background-job';
import type { SendingListRow } from '../../../db/repositories/sending-repository';
import type { EventBus } from '../../../events/event-bus';
import type { Clock } from '../../clock';
import type { Scheduler } from '../../scheduler';
import type { SenderControl } from '../sending-service';
import type { SendingStore } from '../sending-store';
import { notifyNews, type Notifier } from './sender-news';
import { createSenderLease, newHolderId } from './sender-lease';
import type { ChorusAccess } from './sender-port';
import { createSenderSteps, type SenderTuning, type StepResult } from './sender-steps';

export interface SenderOptions extends SenderTuning {
  /** Remote calls at once (bounded; small so a shop's connection and Chorus Pro are not flooded). */
  concurrency: number;
  /** Queued pieces a worker claims in one durable transaction (one disk sync), then deposits one by one. */
  claimBatch: number;
  leaseTtlMs: number;
  /** While anything is pending, the sender looks at least this often. */
  pendingIntervalMs: number;
  /** While the network is down, a cheap probe this often. */
  offlineProbeMs: number;
  /** After Chorus Pro refused the credentials, try again this much later (or at « Synchroniser maintenant »). */
  credentialsRetryMs: number;
  /** At most this often a `data:changed` while a long drain runs: the screens refetch, they do not drown. */
  changeEventMs: number;
  random: () => number;
  holder: string;
}

export const DEFAULT_SENDER_OPTIONS: Omit<SenderOptions, 'holder' | 'random'> = {
  concurrency: 4,
  claimBatch: 4,
  leaseTtlMs: 60_000,
  pendingIntervalMs: 3 * 60_000,
  offlineProbeMs: 30_000,
  credentialsRetryMs: 15 * 60_000,
  changeEventMs: 250,
  settleMs: 15 * 60_000,
  retry: DEFAULT_RETRY_POLICY,
  fluxPollMs: FLUX_POLL_MS,
  searchPageSize: 50,
  pollScale: 1,
};

export interface SenderJobDeps {
  db: Database;
  store: SendingStore;
  clock: Clock;
  scheduler: Scheduler;
  events: EventBus;
  /** The client of the connection in use (the démonstration simulator starts on first use). */
  access: () => Promise<ChorusAccess>;
  isConfigured: () => boolean;
  storedFacturX: (invoiceId: number) => Promise<{ fileName: string; bytes: Buffer }>;
  /** The polling scale of the connection in use (the démonstration runs a day in a minute); 1 otherwise. */
  pollScale?: () => number;
  notifier?: Notifier;
  options?: Partial<SenderOptions>;
  /** Where a run that failed unexpectedly is told (the technical log): the sender goes on regardless. */
  logError?: (channel: string, error: unknown) => void;
}

/** Each entry is stepped at most this many times in one run: a step always moves its time on, this is a guard. */
const MAX_STEPS_PER_RUN = 3;

/**
 * The background sender: drains the outbox and follows statuses when the core starts, when the network
 * comes back, every few minutes while anything is pending, and on « Synchroniser maintenant ». One run at
 * a time in this process, one sender across processes (the lease).
 */
export type SenderJob = BackgroundJob & SenderControl & { runNow(): Promise<void> };

export function createSenderJob(deps: SenderJobDeps): SenderJob {
  const options: SenderOptions = { ...DEFAULT_SENDER_OPTIONS, random: Math.random, holder: newHolderId(), ...deps.options };
  const { store, clock, scheduler, events } = deps;
  const lease = createSenderLease(deps.db, clock, { holder: options.holder, ttlMs: options.leaseTtlMs });
  const nowMs = () => clock.now().getTime();
  const state: SyncState = { isApiConfigured: false, isChorusReachable: null, isSyncing: false, lastSyncAt: null, isOtherSenderActive: false, waitingReason: null };
  let isStarted = false;
  let isRerunAsked = false;
  let cancelTimer: (() => void) | null = null;
  let current: Promise<void> | null = null;
  let pendingChange: (() => void) | null = null;

  function emitSync(): void {
    events.emit('sending:sync', { ...state });
  }

  /** `data:changed` for « Envois », throttled: a drain of a thousand entries refreshes the screen a few times a second. */
  function changed(): void {
    if (pendingChange) return;
    pendingChange = scheduler.setTimeout(flushChange, options.changeEventMs);
  }
  function flushChange(): void {
    pendingChange?.();
    pendingChange = null;
    events.emit('data:changed', { lists: ['sending', 'journal'] });
  }

  /** A run that failed for a reason of its own (a database error, a bug): logged, tried again later, never the end of the sender. */
  function failedRun(error: unknown): void {
    deps.logError?.('sender', error);
  }

  function schedule(delayMs: number): void {
    cancelTimer?.();
    cancelTimer = isStarted ? scheduler.setTimeout(() => void wake().catch(failedRun), Math.max(0, delayMs)) : null;
  }

  /** A timer fired: after a network failure, probe cheaply first; otherwise run. */
  async function wake(): Promise<void> {
    cancelTimer = null;
    if (state.isChorusReachable === false) {
      const access = await deps.access();
      const isBack = access.isReady ? await access.probe().catch(() => false) : true;
      if (!isBack) return schedule(options.offlineProbeMs);
    }
    await runOnce();
  }

  /** Steps taken in this run (each made at least one call to Chorus Pro, or tried to). */
  let stepsTaken = 0;

  async function drain(steps: ReturnType<typeof createSenderSteps>): Promise<StepResult> {
    const inFlight = new Set<number>();
    const stepped = new Map<number, number>();
    let halt: StepResult = { halt: null };
    const isFree = (row: SendingListRow) => !inFlight.has(row.invoice_id) && (stepped.get(row.invoice_id) ?? 0) < MAX_STEPS_PER_RUN;
    /** The next due entry no worker has; a queued one comes with more queued ones, claimed together. */
    const pick = (): SendingListRow[] => {
      const skipped = [...stepped.values()].filter((n) => n >= MAX_STEPS_PER_RUN).length;
      const batch = options.claimBatch;
      const rows = store.sendings.due(new Date(nowMs()).toISOString(), (options.concurrency + 1) * batch + inFlight.size + skipped, true).filter(isFree);
      const first = rows[0];
      if (!first) return [];
      return first.stage === 'queued' ? rows.filter((row) => row.stage === 'queued').slice(0, batch) : [first];
    };
    const worker = async () => {
      while (isStarted && halt.halt === null) {
        if (!lease.keep()) {
          state.isOtherSenderActive = true;
          return;
        }
        const rows = pick();
        if (rows.length === 0) return;
        for (const row of rows) {
          inFlight.add(row.invoice_id);
          stepped.set(row.invoice_id, (stepped.get(row.invoice_id) ?? 0) + 1);
        }
        stepsTaken += 1;
        try {
          const result = rows[0]?.stage === 'queued' ? await steps.depositBatch(rows) : await steps.step(rows[0] as SendingListRow);
          if (result.halt !== null && halt.halt === null) halt = result;
        } finally {
          for (const row of rows) inFlight.delete(row.invoice_id);
          changed();
        }
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, worker));
    return halt;
  }

  async function runOnce(): Promise<void> {
    if (!isStarted) return;
    if (current) {
      isRerunAsked = true;
      return current;
    }
    current = (async () => {
      let nextMs: number | null = null;
      state.isSyncing = true;
      emitSync();
      try {
        const access = await deps.access();
        state.isApiConfigured = access.isReady;
        if (!access.isReady) {
          state.waitingReason = access.reason;
          if (store.write(() => store.sendings.markWaiting('chorus_credentials_missing', access.reason)) > 0) changed();
          nextMs = options.pendingIntervalMs;
          return;
        }
        if (!lease.acquire()) {
          state.isOtherSenderActive = true;
          nextMs = Math.max(1_000, lease.otherExpiresAt() - nowMs());
          return;
        }
        state.isOtherSenderActive = false;
        stepsTaken = 0;
        const steps = createSenderSteps({
          store,
          chorus: access.client,
          holder: lease.holder,
          clock,
          random: options.random,
          tuning: { ...options, pollScale: options.pollScale * (deps.pollScale?.() ?? 1) },
          holdsLease: lease.holds,
          storedFacturX: deps.storedFacturX,
          onNews: (news) => {
            events.emit('sending:news', news);
            if (deps.notifier) notifyNews(deps.notifier, news);
          },
        });
        const result = await drain(steps);
        if (result.halt === 'offline') {
          state.isChorusReachable = false;
          nextMs = options.offlineProbeMs;
        } else if (result.halt === 'credentials') {
          state.isChorusReachable = true;
          state.waitingReason = result.failure.message;
          nextMs = options.credentialsRetryMs;
        } else {
          // Reachable only if it was asked: a run with nothing to do says nothing about the network.
          state.waitingReason = null;
          if (stepsTaken > 0) {
            state.isChorusReachable = true;
            state.lastSyncAt = new Date(nowMs()).toISOString();
          }
        }
      } catch (error) {
        failedRun(error);
        nextMs = options.pendingIntervalMs;
      } finally {
        // Whatever failed above or here, the next run is scheduled: one failure never leaves the outbox unattended.
        current = null;
        state.isSyncing = false;
        try {
          lease.release();
          if (pendingChange) flushChange();
          if (nextMs === null) {
            const due = store.sendings.nextDueAt(true);
            nextMs = due === null ? null : Math.min(options.pendingIntervalMs, Math.max(0, Date.parse(due) - nowMs()));
          }
        } catch (error) {
          failedRun(error);
          nextMs = options.pendingIntervalMs;
        }
        if (isRerunAsked && isStarted) {
          isRerunAsked = false;
          schedule(0);
        } else if (nextMs !== null) schedule(nextMs);
        emitSync();
      }
    })();
    return current;
  }

  return {
    name: 'sender',
    start() {
      if (isStarted) return;
      isStarted = true;
      schedule(0);
    },
    async stop() {
      isStarted = false;
      cancelTimer?.();
      cancelTimer = null;
      await current;
    },
    /** « Synchroniser maintenant », a new entry, the connection saved: run now, even while offline. */
    syncNow() {
      if (!isStarted) return;
      state.isChorusReachable = state.isChorusReachable === false ? null : state.isChorusReachable;
      schedule(0);
    },
    state: () => ({ ...state, isApiConfigured: deps.isConfigured() }),
    /** Runs once now and resolves when done (tests, the benchmark). */
    runNow: runOnce,
  };
}
