import { describe, expect, it } from 'vitest';
import { valueOf } from '../../support/invoicing-setup';
import { useSendingWorld } from '../../support/sending-world';

const world = useSendingWorld();

describe('a run of the sender that fails for a reason of its own', () => {
  it('is written to the technical log, and the next run sends what waits: the outbox is never left unattended', async () => {
    const errors: Array<{ channel: string; message: string }> = [];
    const { core, issue, entry } = await world.open({ core: { logError: (channel, error) => errors.push({ channel, message: error instanceof Error ? error.message : String(error) }) } });
    const [id] = await issue(1);
    valueOf(await core.invoke('sending:send', { invoiceId: id! }));
    // The database refuses the sender's lease (as a locked or failing disk would): the run fails.
    core.db.exec("CREATE TEMP TRIGGER refuse_lease BEFORE INSERT ON leases BEGIN SELECT RAISE(ABORT, 'disque indisponible'); END");
    await expect(core.sender.runNow()).resolves.toBeUndefined();
    expect(errors).toEqual([expect.objectContaining({ channel: 'sender', message: expect.stringContaining('disque indisponible') })]);
    expect(valueOf(await core.invoke('sending:syncNow', {})).isSyncing).toBe(false);
    expect((await entry(id!))?.stage).toBe('queued');

    core.db.exec('DROP TRIGGER temp.refuse_lease');
    await core.sender.runNow();
    expect((await entry(id!))?.stage).toBe('deposited');
  });
});
