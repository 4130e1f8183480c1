import { describe, expect, it } from 'vitest';
import { valueOf } from '../../support/invoicing-setup';
import { inertScheduler, TEST_SENDER, useSendingWorld } from '../../support/sending-world';

const world = useSendingWorld();

describe('two cores on one data folder (the desktop app and a browser host)', () => {
  it('never send together: one holds the lease, the other waits; each piece is deposited once', async () => {
    const first = await world.open();
    const ids = await first.issue(12);
    for (const id of ids) valueOf(await first.core.invoke('sending:send', { invoiceId: id }));
    const second = world.cores.open({
      dataDir: first.core.dataDir,
      clock: first.time.clock,
      core: { scheduler: inertScheduler, chorusEndpoints: { qualification: first.simulator.endpoints }, sender: TEST_SENDER },
    });
    second.start();
    // Each deposit is slow enough for the two runs to overlap.
    first.simulator.faults.add({ kind: 'latency', ms: 80, times: 12 });
    const states: boolean[] = [];
    second.events.subscribe((event, payload) => {
      if (event === 'sending:sync') states.push((payload as { isOtherSenderActive: boolean }).isOtherSenderActive);
    });
    await Promise.all([first.core.sender.runNow(), new Promise((resolve) => setTimeout(resolve, 30)).then(() => second.sender.runNow())]);
    expect(states).toContain(true);
    for (const id of ids) expect((await first.entry(id))?.stage).toBe('deposited');
    for (const [i] of ids.entries()) expect(first.simulator.inspect.depositsOf(`F-2026-${String(i + 1).padStart(4, '0')}`)).toHaveLength(1);
    const journal = first.core.db.prepare("SELECT payload FROM journal WHERE kind = 'sending.claimed'").pluck().all() as string[];
    expect(journal).toHaveLength(12);

    // Once the first is done, the second may send: the lease was released, not kept.
    const [late] = await first.issue(1);
    valueOf(await second.invoke('sending:send', { invoiceId: late! }));
    await second.sender.runNow();
    expect((await first.entry(late!))?.stage).toBe('deposited');
  }, 60_000);
});
