import type { CoreOptions } from '../../main/app/create-core';
import { inertScheduler } from './inert-scheduler';
import type { SenderOptions } from '../../main/services/sending/sender/sender-job';
import type { ChorusSimulatorOptions } from '../../main/services/chorus/simulator/chorus-simulator';
import { useChorusSimulator } from './chorus-simulator';
import { draftFor, setUpSeller, valueOf } from './invoicing-setup';
import { useTestCores } from './test-core';

export { inertScheduler } from './inert-scheduler';

/** Sender tuning for tests: no jitter surprises, a short window before an unknown deposit is looked up again. */
export const TEST_SENDER: Partial<SenderOptions> = { random: () => 0.5, settleMs: 60_000, leaseTtlMs: 30_000 };

/**
 * A Chorus Pro simulator, a core connected to it (qualification pointed at the simulator) with its clock,
 * a seller (the simulator's supplier) and the town hall as customer. `issue(n)` issues invoices to it.
 */
export function useSendingWorld() {
  const cores = useTestCores();
  const simulators = useChorusSimulator();
  return {
    cores,
    async open(options: { simulator?: ChorusSimulatorOptions; sender?: Partial<SenderOptions>; core?: Partial<CoreOptions>; isConnected?: boolean } = {}) {
      const { simulator, time } = await simulators.start(options.simulator);
      const core = cores.open({
        clock: time.clock,
        core: { scheduler: inertScheduler, chorusEndpoints: { qualification: simulator.endpoints }, sender: { ...TEST_SENDER, ...options.sender }, ...options.core },
      });
      if (options.isConnected !== false) valueOf(await core.invoke('chorusConnection:save', { environment: 'qualification', ...simulator.credentials }));
      const { customerId } = await setUpSeller(core);
      core.start();
      return {
        core,
        simulator,
        time,
        customerId,
        async issue(count = 1, draft: Parameters<typeof draftFor>[1] = {}): Promise<number[]> {
          const ids: number[] = [];
          for (let i = 0; i < count; i++) {
            const { id } = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId, draft) }));
            valueOf(await core.invoke('invoices:issue', { id }));
            ids.push(id);
          }
          return ids;
        },
        entry: async (invoiceId: number) => valueOf(await core.invoke('sending:get', { invoiceId })).entry,
        /** Runs the sender, moves the clock by `stepMs`, again, until `isDone` or `maxRuns`. */
        async runUntil(isDone: () => Promise<boolean>, stepMs: number, maxRuns = 200): Promise<number> {
          for (let run = 1; run <= maxRuns; run++) {
            await core.sender.runNow();
            if (await isDone()) return run;
            await time.advance(stepMs);
          }
          throw new Error(`not done after ${maxRuns} runs`);
        },
      };
    },
  };
}
