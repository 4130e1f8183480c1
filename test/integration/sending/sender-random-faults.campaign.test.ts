import { describe, expect, it } from 'vitest';
import { campaignSize, reportCampaign } from '../../support/campaign';
import { valueOf } from '../../support/invoicing-setup';
import { useSendingWorld } from '../../support/sending-world';

const world = useSendingWorld();
const CALLS = campaignSize(10_000, 600);
const PIECES = campaignSize(400, 40);
const MINUTE = 60_000;

describe('the sender under random faults on every kind of call', () => {
  it(`deposits each piece once and loses none over ${CALLS} calls to Chorus Pro`, async () => {
    const { core, simulator, issue, time } = await world.open({ simulator: { timeScale: 1 / 200 } });
    const ids = await issue(PIECES);
    for (const id of ids) valueOf(await core.invoke('sending:send', { invoiceId: id }));
    let state = 1;
    const random = () => ((state = (state * 48_271) % 2_147_483_647) / 2_147_483_647);
    simulator.faults.setRandom({ probability: 0.3, kinds: ['status', 'reset-before', 'reset-after', 'malformed-json', 'token-expired', 'business'], random });
    let failures = 0;
    try {
      const calls = () => simulator.inspect.requests().length;
      let runs = 0;
      while (calls() < CALLS && runs < 20_000) {
        await core.sender.runNow();
        await time.advance(MINUTE);
        runs += 1;
        // The user clicks « Réessayer » on what Chorus Pro refused (a business fault on a deposit).
        if (runs % 10 === 0) {
          const refused = valueOf(await core.invoke('sending:list', { filter: 'errors', limit: 200 })).rows.filter((r) => r.stage === 'queued' && r.nextAttemptAt === null);
          for (const row of refused) valueOf(await core.invoke('sending:retry', { invoiceId: row.invoiceId }));
        }
      }
      simulator.faults.setRandom(null);
      for (let run = 0; run < 200; run++) {
        const page = valueOf(await core.invoke('sending:list', { filter: 'all', limit: 200 }));
        const rows = [...page.rows, ...valueOf(await core.invoke('sending:list', { filter: 'all', limit: 200, offset: 200 })).rows];
        if (rows.every((r) => r.isFinal)) break;
        for (const row of rows.filter((r) => r.stage === 'queued' && r.nextAttemptAt === null)) valueOf(await core.invoke('sending:retry', { invoiceId: row.invoiceId }));
        await core.sender.runNow();
        await time.advance(30 * MINUTE);
      }
      const deposits = simulator.inspect.deposits();
      const byNumber = new Map<string, number>();
      for (const d of deposits) byNumber.set(d.invoiceNumber ?? '?', (byNumber.get(d.invoiceNumber ?? '?') ?? 0) + 1);
      const twice = [...byNumber].filter(([, n]) => n > 1);
      failures = twice.length + (byNumber.size === PIECES ? 0 : 1);
      expect(twice).toEqual([]);
      expect(byNumber.size).toBe(PIECES);
      expect(simulator.inspect.deposits().filter((d) => !d.isAccepted)).toEqual([]);
      const statuses = core.db.prepare('SELECT chorus_status, count(*) AS n FROM sendings GROUP BY chorus_status').all();
      expect(statuses).toEqual([{ chorus_status: 'MISE_EN_PAIEMENT', n: PIECES }]);
      expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(valueOf(await core.invoke('journal:verify', {})).isIntact).toBe(true);
    } catch (error) {
      failures = Math.max(1, failures);
      throw error;
    } finally {
      reportCampaign('envoi sous pannes au hasard', 'appels à Chorus Pro', simulator.inspect.requests().length, failures);
    }
  }, 1_800_000);
});
