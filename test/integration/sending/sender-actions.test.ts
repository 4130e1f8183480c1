import { describe, expect, it } from 'vitest';
import type { Core } from '../../../main/app/create-core';
import { BUYERS } from '../../support/chorus-simulator';
import { draftFor, valueOf } from '../../support/invoicing-setup';
import { useSendingWorld } from '../../support/sending-world';

const world = useSendingWorld();
const HOUR = 3_600_000;

/** A public customer for one of the simulator's buyers, its rules left loose so Chorus Pro is the judge. */
async function buyer(core: Core, which: keyof typeof BUYERS): Promise<number> {
  const b = BUYERS[which];
  const customer = valueOf(
    await core.invoke('customers:create', {
      customer: { kind: 'public', legalName: b.name, siret: b.siret, address: { line1: '1 place de la Mairie', postcode: '49250', city: 'Beaufort', countryCode: 'FR' } },
    }),
  );
  return customer.id;
}

async function sendTo(core: Core, customerId: number, references: { serviceCode?: string; engagementNumber?: string }): Promise<number> {
  const { id } = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId, { serviceCode: '', ...references }) }));
  valueOf(await core.invoke('invoices:issue', { id }));
  valueOf(await core.invoke('sending:send', { invoiceId: id }));
  return id;
}

describe('each rejection and the action it calls for, through the API', () => {
  it('SUSPENDUE: completed with a comment and a document, then followed to payment', async () => {
    const { core, simulator, entry, runUntil } = await world.open();
    const id = await sendTo(core, await buyer(core, 'ccas'), { serviceCode: 'ACTION-SOCIALE', engagementNumber: 'EJ-2026-001' });
    await runUntil(async () => (await entry(id))?.chorusStatus === 'SUSPENDUE', 2 * HOUR);
    const suspended = valueOf(await core.invoke('sending:get', { invoiceId: id }));
    expect(suspended.entry?.action).toMatchObject({ kind: 'complete' });
    expect(suspended.timeline.at(-1)).toMatchObject({ code: 'SUSPENDUE', comment: 'Merci de joindre le bon de livraison signé par le service.' });
    expect(await core.invoke('sending:recycle', { invoiceId: id, serviceCode: 'X' })).toMatchObject({ ok: false });

    const pdf = Buffer.from('%PDF-1.4 bon de livraison').toString('base64');
    valueOf(await core.invoke('sending:complete', { invoiceId: id, comment: 'Voici le bon de livraison signé.', attachment: { fileName: 'bon-livraison.pdf', base64: pdf } }));
    await runUntil(async () => (await entry(id))?.chorusStatus === 'MISE_EN_PAIEMENT', 12 * HOUR);
    const codes = valueOf(await core.invoke('sending:get', { invoiceId: id })).timeline.map((t) => t.code);
    expect(codes).toEqual(expect.arrayContaining(['SUSPENDUE', 'sending.completed', 'COMPLETEE', 'MISE_EN_PAIEMENT']));
    expect(simulator.inspect.depositsOf('F-2026-0001')).toHaveLength(1);
  }, 120_000);

  it('A_RECYCLER: re-routed to the service the buyer names, same number, then paid', async () => {
    const { core, simulator, entry, runUntil } = await world.open();
    const id = await sendTo(core, await buyer(core, 'hopital'), { serviceCode: 'URGENCES', engagementNumber: 'EJ-77' });
    await runUntil(async () => (await entry(id))?.chorusStatus === 'A_RECYCLER', HOUR);
    expect((await entry(id))?.action).toMatchObject({ kind: 'recycle' });
    valueOf(await core.invoke('sending:recycle', { invoiceId: id, serviceCode: 'ACHATS', comment: 'Adressée au service des achats.' }));
    await runUntil(async () => (await entry(id))?.chorusStatus === 'MISE_EN_PAIEMENT', 12 * HOUR);
    expect(simulator.inspect.invoices()).toEqual([expect.objectContaining({ numeroFacture: 'F-2026-0001', status: 'MISE_EN_PAIEMENT' })]);
    expect(simulator.inspect.depositsOf('F-2026-0001')).toHaveLength(1);
  }, 120_000);

  it('REJETEE: the reason shown, then a credit note and a new invoice under the next number', async () => {
    const { core, entry, runUntil } = await world.open();
    const id = await sendTo(core, await buyer(core, 'ministere'), { engagementNumber: 'EJ-9' });
    await runUntil(async () => (await entry(id))?.chorusStatus === 'REJETEE', 6 * HOUR);
    const rejected = valueOf(await core.invoke('sending:get', { invoiceId: id }));
    expect(rejected.entry).toMatchObject({ isFinal: true, nextAttemptAt: null, action: { kind: 'replace' } });
    expect(rejected.timeline.at(-1)?.comment).toMatch(/quantité facturée dépasse/);
    const { creditNoteId, newInvoiceId } = valueOf(await core.invoke('sending:replaceRejected', { invoiceId: id }));
    expect(valueOf(await core.invoke('invoices:issue', { id: newInvoiceId })).number).toBe('F-2026-0002');
    expect(valueOf(await core.invoke('invoices:issue', { id: creditNoteId })).number).toBe('A-2026-0001');
  }, 120_000);

  it('a deposit Chorus Pro refuses at integration keeps its errors and calls for a replacement, never a second deposit', async () => {
    const { core, simulator, entry, runUntil, time } = await world.open();
    const id = await sendTo(core, await buyer(core, 'hopital'), { serviceCode: 'URGENCES' });
    await runUntil(async () => (await entry(id))?.stage === 'flux_rejected', 5 * 60_000);
    const refused = await entry(id);
    expect(refused).toMatchObject({ fluxState: 'IN_REJETE', isFinal: true, nextAttemptAt: null, action: { kind: 'replace' } });
    expect(refused?.fluxErrors.join(' ')).toMatch(/BuyerOrderReferencedDocument.*numéro d’engagement/);
    expect(await core.invoke('sending:retry', { invoiceId: id })).toMatchObject({ ok: false });
    await time.advance(24 * HOUR);
    await core.sender.runNow();
    expect(simulator.inspect.depositsOf('F-2026-0001')).toHaveLength(1);
    expect(valueOf(await core.invoke('sending:summary', {})).rejected).toBe(1);
  }, 120_000);
});
