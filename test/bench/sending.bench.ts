/**
 * Draining the outbox: 1,000 queued invoices into the Chorus Pro simulator, every call 50 ms late, with
 * the sender's default bounded concurrency. Figures: total time, deposits per second, the concurrency
 * used, and duplicates (must be 0). Target: ≤ 20 s.
 * And the main thread of the process that runs the core while it drains: the browser host serves the page
 * (HTTP, Server-Sent Events) from this very process, and the desktop app's core process answers the window
 * from it. Its event loop is sampled every 10 ms (perf_hooks.monitorEventLoopDelay); the longest delay is
 * the longest the page could have waited for an answer. Target: ≤ 50 ms.
 */
import { createCore } from '../../main/app/create-core';
import { DEFAULT_SENDER_OPTIONS } from '../../main/services/sending/sender/sender-job';
import { spawn } from 'node:child_process';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';
import { draftFor, setUpSeller, valueOf } from '../support/invoicing-setup';
import { inertScheduler } from '../support/inert-scheduler';
import { makeTempDir } from '../support/temp-dir';
import { result, type BenchResult } from './bench-harness';

const PIECES = Number(process.env.FACTURIER_BENCH_PIECES ?? 1_000);
const LATENCY_MS = 50;
const LOOP_RESOLUTION_MS = 10;
const blocked = (delayNs: number) => Math.max(0, delayNs / 1e6 - LOOP_RESOLUTION_MS);

/** The simulator in its own process (Chorus Pro's work is not the app's), and a way to ask it what it received. */
async function simulatorProcess() {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(__dirname, '../support/simulator-process.ts'), '600000'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async () => JSON.parse(((await lines.next()).value as string) ?? 'null') as unknown;
  const info = (await next()) as { endpoints: { tokenUrl: string; apiBase: string }; credentials: Record<string, string> };
  return {
    ...info,
    async depositsPerNumber(): Promise<Record<string, number>> {
      child.stdin.write('deposits\n');
      return (await next()) as Record<string, number>;
    },
    stop: () => child.stdin.end(),
  };
}

export async function run(): Promise<BenchResult[]> {
  const dir = makeTempDir();
  const simulator = await simulatorProcess();
  // The sender's own timers never fire here: one run drains the queue, and it is what is timed.
  const core = createCore({ dataDir: dir.path, transport: 'browser', scheduler: inertScheduler, chorusEndpoints: { qualification: simulator.endpoints } });
  try {
    valueOf(await core.invoke('chorusConnection:save', { environment: 'qualification', ...simulator.credentials }));
    const { customerId } = await setUpSeller(core);
    for (let i = 0; i < PIECES; i++) {
      const { id } = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId) }));
      valueOf(await core.invoke('invoices:issue', { id }));
      valueOf(await core.invoke('sending:send', { invoiceId: id }));
    }
    // Every call to Chorus Pro (token included) takes 50 ms more on the way; the in-flight high-water mark is the concurrency used.
    let inFlight = 0;
    let highest = 0;
    const realFetch = globalThis.fetch;
    const counting: typeof fetch = async (input, init) => {
      inFlight += 1;
      highest = Math.max(highest, inFlight);
      try {
        await new Promise((resolve) => setTimeout(resolve, LATENCY_MS));
        return await realFetch(input, init);
      } finally {
        inFlight -= 1;
      }
    };
    globalThis.fetch = counting;
    core.start();
    const loop = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
    loop.enable();
    const start = process.hrtime.bigint();
    await core.sender.runNow();
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    loop.disable();
    globalThis.fetch = realFetch;

    const deposited = core.db.prepare("SELECT count(*) FROM sendings WHERE stage = 'deposited'").pluck().get() as number;
    const duplicates = Object.values(await simulator.depositsPerNumber()).filter((n) => n > 1).length;
    if (deposited !== PIECES) throw new Error(`${deposited} déposées sur ${PIECES} : ${JSON.stringify(core.db.prepare("SELECT stage, attempts, next_attempt_at, last_error_code, last_error_message FROM sendings WHERE stage <> 'deposited'").all())}`);
    return [
      result(`envoi : ${PIECES} factures déposées (appels à 50 ms)`, seconds, 's', 20),
      result('envoi : dépôts par seconde', PIECES / seconds, 'dépôts/s'),
      result('envoi : appels simultanés (au plus)', highest, 'appels', DEFAULT_SENDER_OPTIONS.concurrency),
      result('envoi : factures déposées deux fois', duplicates, 'factures', 0),
      // Node records the time between two ticks of its 10 ms timer: the blocking is what comes beyond those 10 ms.
      result('envoi : fil principal bloqué au plus (pendant le dépôt)', blocked(loop.max), 'ms', 50),
      result('envoi : fil principal bloqué, 99e centile', blocked(loop.percentile(99)), 'ms'),
    ];
  } finally {
    await core.stop();
    core.close();
    simulator.stop();
    dir.remove();
  }
}
