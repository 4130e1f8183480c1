/**
 * The core of the sending benchmark in a process of its own, as the desktop app runs it (its utilityProcess;
 * forked by Node here): it fills the outbox, then on `drain` runs the sender once, forwarding every core
 * event to the parent as the core process forwards them to the window, and answers its own figures.
 * Every call to Chorus Pro (token included) takes `latencyMs` more on the way; the in-flight high-water
 * mark is the concurrency used.
 */
import { createCore } from '../../../main/app/create-core';
import { draftFor, setUpSeller, valueOf } from '../../support/invoicing-setup';
import { inertScheduler } from '../../support/inert-scheduler';
import { startProbe } from './loop-probe';

export interface ChildSetup {
  dataDir: string;
  pieces: number;
  latencyMs: number;
  endpoints: { tokenUrl: string; apiBase: string };
  credentials: Record<string, string>;
}

export interface DrainFigures {
  seconds: number;
  highest: number;
  deposited: number;
  stuck: unknown[];
  events: number;
  /** This process's own longest event-loop stall: what a page served from here (the browser host) would wait. */
  coreMaxStallMs: number;
}

const send = (message: unknown) => process.send?.(message);

async function prepare(setup: ChildSetup) {
  // The sender's own timers never fire here: one run drains the queue, and it is what is timed.
  const core = createCore({ dataDir: setup.dataDir, transport: 'browser', scheduler: inertScheduler, chorusEndpoints: { qualification: setup.endpoints } });
  valueOf(await core.invoke('chorusConnection:save', { environment: 'qualification', ...setup.credentials }));
  const { customerId } = await setUpSeller(core);
  for (let i = 0; i < setup.pieces; i++) {
    const { id } = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId) }));
    valueOf(await core.invoke('invoices:issue', { id }));
    valueOf(await core.invoke('sending:send', { invoiceId: id }));
  }
  return core;
}

async function drain(core: Awaited<ReturnType<typeof prepare>>, latencyMs: number): Promise<DrainFigures> {
  let inFlight = 0;
  let highest = 0;
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    inFlight += 1;
    highest = Math.max(highest, inFlight);
    try {
      await new Promise((resolve) => setTimeout(resolve, latencyMs));
      return await realFetch(input, init);
    } finally {
      inFlight -= 1;
    }
  };
  let events = 0;
  const unsubscribe = core.events.subscribe((event, payload) => {
    events += 1;
    send({ kind: 'event', event, payload });
  });
  core.start();
  const probe = startProbe();
  const start = process.hrtime.bigint();
  await core.sender.runNow();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const { maxStallMs } = probe.stop();
  globalThis.fetch = realFetch;
  unsubscribe();
  const deposited = core.db.prepare("SELECT count(*) FROM sendings WHERE stage = 'deposited'").pluck().get() as number;
  const stuck = core.db.prepare("SELECT stage, attempts, next_attempt_at, last_error_code, last_error_message FROM sendings WHERE stage <> 'deposited' LIMIT 5").all();
  return { seconds, highest, deposited, stuck, events, coreMaxStallMs: maxStallMs };
}

let core: Awaited<ReturnType<typeof prepare>> | null = null;
let latencyMs = 0;
process.on('message', (message: { kind: 'setup'; setup: ChildSetup } | { kind: 'drain' } | { kind: 'stop' }) => {
  void (async () => {
    if (message.kind === 'setup') {
      latencyMs = message.setup.latencyMs;
      core = await prepare(message.setup);
      send({ kind: 'ready' });
    } else if (message.kind === 'drain' && core) {
      send({ kind: 'drained', figures: await drain(core, latencyMs) });
    } else if (message.kind === 'stop') {
      await core?.stop();
      core?.close();
      process.exit(0);
    }
  })().catch((error: unknown) => {
    send({ kind: 'failed', message: error instanceof Error ? error.stack : String(error) });
  });
});
send({ kind: 'alive' });
