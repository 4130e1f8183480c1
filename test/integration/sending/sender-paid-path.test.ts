import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { valueOf } from '../../support/invoicing-setup';
import { useSendingWorld } from '../../support/sending-world';

const world = useSendingWorld();
const HOUR = 3_600_000;

describe('sending by the API, against the simulator', () => {
  it('deposits the stored Factur-X once and follows it to « Mise en paiement », each status in the timeline', async () => {
    const { core, simulator, issue, entry, runUntil } = await world.open();
    const [id] = await issue();
    valueOf(await core.invoke('sending:send', { invoiceId: id! }));
    await core.sender.runNow();
    const deposited = await entry(id!);
    expect(deposited).toMatchObject({ stage: 'deposited', fluxNumber: expect.stringMatching(/^CPP/), attempts: 0, lastError: null });
    const stored = Buffer.from(valueOf(await core.invoke('invoices:file', { id: id!, kind: 'pdf' })).base64, 'base64');
    expect(simulator.inspect.depositsOf('F-2026-0001').map((d) => d.sha256)).toEqual([createHash('sha256').update(stored).digest('hex')]);

    await runUntil(async () => (await entry(id!))?.chorusStatus === 'MISE_EN_PAIEMENT', 6 * HOUR, 100);
    const detail = valueOf(await core.invoke('sending:get', { invoiceId: id! }));
    expect(detail.entry).toMatchObject({ stage: 'integrated', isFinal: true, nextAttemptAt: null, chorusInvoiceId: expect.any(Number) });
    expect(detail.timeline.filter((t) => t.kind === 'status').map((t) => t.code)).toEqual([
      'DEPOSEE',
      'EN_COURS_ACHEMINEMENT',
      'MISE_A_DISPOSITION',
      'PRISE_EN_COMPTE_DESTINATAIRE',
      'SERVICE_FAIT',
      'MANDATEE',
      'MISE_EN_PAIEMENT',
    ]);
    expect(detail.timeline.filter((t) => t.kind === 'stage').map((t) => t.code)).toEqual(['queued', 'deposited', 'integrated']);
    expect(simulator.inspect.depositsOf('F-2026-0001')).toHaveLength(1);
    expect(valueOf(await core.invoke('journal:verify', {})).isIntact).toBe(true);
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
  }, 120_000);
});
