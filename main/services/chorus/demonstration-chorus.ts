import type { BackgroundJob } from '../../app/background-job';
import { AppError } from '../../errors/app-error';
import type { Clock } from '../clock';
import { startChorusSimulator, type ChorusSimulator } from './simulator/chorus-simulator';
import { DEMO_SUPPLIER } from './simulator/seed-data';

export interface DemonstrationChorusOptions {
  clock: Clock;
  /** The user's business, so that its invoices come from the structure of the demonstration account. */
  supplier: () => { siret: string; name: string } | null;
}

/**
 * The « environnement de démonstration »: our simulator, in the core's process, on 127.0.0.1.
 *
 * Started lazily, on the first call that needs it (a connection test, a deposit), not at core start: most
 * users never choose it, and an idle listening socket is no use to them. It is registered as a
 * BackgroundJob only so that `Core.stop()` closes it; it is not stopped when the user switches to another
 * environment (cheap to keep, and what was deposited there stays visible if they come back). Its state
 * lives in memory: a restart of the app starts a fresh demonstration.
 *
 * Time runs faster there: a day of a status life takes a minute, a deposit is integrated in 10 seconds.
 */
export function createDemonstrationChorus(options: DemonstrationChorusOptions): BackgroundJob & { ensureStarted(): Promise<ChorusSimulator> } {
  let starting: Promise<ChorusSimulator> | null = null;

  return {
    name: 'chorus-demonstration',
    start() {
      // Lazy: see above.
    },
    async stop() {
      const running = starting;
      starting = null;
      if (running) await (await running.catch(() => null))?.stop();
    },
    ensureStarted() {
      starting ??= startChorusSimulator({
        clock: options.clock,
        supplier: options.supplier() ?? DEMO_SUPPLIER,
        timeScale: 1 / 1440,
        integrationDelayMs: 10_000,
      }).catch(() => {
        starting = null;
        throw AppError.of('chorus_demo_unavailable');
      });
      return starting;
    },
  };
}

export type DemonstrationChorus = ReturnType<typeof createDemonstrationChorus>;
