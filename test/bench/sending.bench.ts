/**
 * Draining the outbox: 1,000 queued invoices into the Chorus Pro simulator, every call 50 ms late, with
 * the sender's default bounded concurrency. Figures: total time, deposits per second, the concurrency
 * used, and duplicates (must be 0). Target: ≤ 20 s.
 * The window never waits for it: as in the desktop app, the core runs in a process of its own (forked by
 * Node here, an Electron utilityProcess there) and sends its events to this process, which stands for the
 * window's side; this process's event loop is watched while the core drains (longest stall, target
 * ≤ 50 ms). The core process's own longest stall is measured too: it is what a page would wait for from
 * the browser host, which serves the page from the core's process.
 */
import { fork, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';
import { DEFAULT_SENDER_OPTIONS } from '../../main/services/sending/sender/sender-job';
import { makeTempDir } from '../support/temp-dir';
import { result, type BenchResult } from './bench-harness';
import { startProbe } from './support/loop-probe';
import type { ChildSetup, DrainFigures } from './support/sending-core-child';

const PIECES = Number(process.env.FACTURIER_BENCH_PIECES ?? 1_000);
const LATENCY_MS = 50;

/** The simulator in its own process (Chorus Pro's work is not the app's), and a way to ask it what it received. */
async function simulatorProcess() {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(__dirname, '../support/simulator-process.ts'), '600000'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async () => JSON.parse(((await lines.next()).value as string) ?? 'null') as unknown;
  const info = (await next()) as { endpoints: ChildSetup['endpoints']; credentials: Record<string, string> };
  return {
    ...info,
    async depositsPerNumber(): Promise<Record<string, number>> {
      child.stdin.write('deposits\n');
      return (await next()) as Record<string, number>;
    },
    stop: () => child.stdin.end(),
  };
}

type FromChild = { kind: 'alive' | 'ready' } | { kind: 'event' } | { kind: 'drained'; figures: DrainFigures } | { kind: 'failed'; message: string };

/** The core process, and the next message of a kind (events are counted as the window would receive them). */
function coreProcess() {
  const child = fork(resolve(__dirname, 'support/sending-core-child.ts'), [], { execArgv: ['--import', 'tsx'], serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let received = 0;
  const waiters = new Map<string, { done: (message: FromChild) => void; fail: (error: Error) => void }>();
  child.on('message', (message: FromChild) => {
    if (message.kind === 'event') received += 1;
    if (message.kind === 'failed') for (const waiter of waiters.values()) waiter.fail(new Error(message.message));
    waiters.get(message.kind)?.done(message);
  });
  const next = <K extends FromChild['kind']>(kind: K) =>
    new Promise<Extract<FromChild, { kind: K }>>((done, fail) => waiters.set(kind, { done: done as (message: FromChild) => void, fail }));
  return { child, next, received: () => received };
}

export async function run(): Promise<BenchResult[]> {
  const dir = makeTempDir();
  const simulator = await simulatorProcess();
  const core = coreProcess();
  try {
    const setup: ChildSetup = { dataDir: dir.path, pieces: PIECES, latencyMs: LATENCY_MS, endpoints: simulator.endpoints, credentials: simulator.credentials };
    const ready = core.next('ready');
    core.child.send({ kind: 'setup', setup });
    await ready;
    // The control: this process idle for a few seconds, nothing running. What it shows is the machine's own
    // scheduling noise (on a loaded 2-core machine, tens of ms), not the app's.
    const idle = startProbe();
    await new Promise((done) => setTimeout(done, 5_000));
    const control = idle.stop();
    const drained = core.next('drained');
    const probe = startProbe();
    core.child.send({ kind: 'drain' });
    const { figures } = await drained;
    const window = probe.stop();

    const duplicates = Object.values(await simulator.depositsPerNumber()).filter((n) => n > 1).length;
    if (figures.deposited !== PIECES) throw new Error(`${figures.deposited} déposées sur ${PIECES} : ${JSON.stringify(figures.stuck)}`);
    return [
      result(`envoi : ${PIECES} factures déposées (appels à ${LATENCY_MS} ms)`, figures.seconds, 's', 20),
      result('envoi : dépôts par seconde', PIECES / figures.seconds, 'dépôts/s'),
      result('envoi : appels simultanés (au plus)', figures.highest, 'appels', DEFAULT_SENDER_OPTIONS.concurrency),
      result('envoi : factures déposées deux fois', duplicates, 'factures', 0),
      result('envoi : fil principal côté fenêtre, blocage le plus long', window.maxStallMs, 'ms', 50),
      result('envoi : fil principal côté fenêtre, blocage le plus long sans envoi (témoin, 5 s)', control.maxStallMs, 'ms'),
      result('envoi : événements reçus côté fenêtre', core.received(), 'événements'),
      result('envoi : fil du processus du cœur (hôte navigateur), blocage le plus long', figures.coreMaxStallMs, 'ms'),
    ];
  } finally {
    core.child.send({ kind: 'stop' });
    simulator.stop();
    await new Promise((done) => core.child.once('exit', done));
    dir.remove();
  }
}
