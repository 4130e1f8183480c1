import { describe, expect, it } from 'vitest';
import type { Core } from '../../../main/app/create-core';
import { BUYERS } from '../../support/chorus-simulator';
import { draftFor, valueOf } from '../../support/invoicing-setup';
import { useSendingWorld } from '../../support/sending-world';

const world = useSendingWorld();
const HOUR = 3_600_000;
const FRANCHISE = { unitCode: 'C62', vatCategory: 'E', vatRate: '0', vatExemptionCode: 'VATEX-FR-FRANCHISE' } as const;

/** The ministry's service rejects what it receives (REJETEE): the pieces below are replaced. */
async function ministry(core: Core): Promise<number> {
  const b = BUYERS.ministere;
  return valueOf(await core.invoke('customers:create', { customer: { kind: 'public', legalName: b.name, siret: b.siret, address: { line1: '182 rue Saint-Honoré', postcode: '75001', city: 'Paris', countryCode: 'FR' } } })).id;
}

async function issued(core: Core, customerId: number, draft: Parameters<typeof draftFor>[1]): Promise<number> {
  const { id } = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId, { serviceCode: '', engagementNumber: 'EJ-9', ...draft }) }));
  valueOf(await core.invoke('invoices:issue', { id }));
  return id;
}

describe('a rejected piece is replaced by one of its own kind, saying all it said', () => {
  it('a rejected down-payment invoice (386) is replaced by a down-payment invoice, not a plain invoice', async () => {
    const { core, entry, runUntil } = await world.open();
    const customerId = await ministry(core);
    const id = await issued(core, customerId, { isDownPayment: true, lines: [{ description: 'Acompte de 30 % sur la restauration', quantity: '1', unitPrice: '450', ...FRANCHISE }] });
    valueOf(await core.invoke('sending:send', { invoiceId: id }));
    await runUntil(async () => (await entry(id))?.chorusStatus === 'REJETEE', 6 * HOUR);
    const { newInvoiceId } = valueOf(await core.invoke('sending:replaceRejected', { invoiceId: id }));
    const draft = valueOf(await core.invoke('invoices:get', { id: newInvoiceId }));
    expect(draft.typeCode).toBe('386');
    expect(draft.draft).toMatchObject({ isDownPayment: true });
    valueOf(await core.invoke('invoices:issue', { id: newInvoiceId }));
    expect(valueOf(await core.invoke('invoices:get', { id: newInvoiceId })).document?.invoice.typeCode).toBe('386');
  }, 120_000);

  it('a rejected final invoice is replaced by one deducting the same down payment once, with its charges and delivery', async () => {
    const { core, entry, runUntil } = await world.open();
    const customerId = await ministry(core);
    const downPaymentId = await issued(core, customerId, { isDownPayment: true, lines: [{ description: 'Acompte', quantity: '1', unitPrice: '300', ...FRANCHISE }] });
    const sale = [{ description: 'Restauration des boiseries', quantity: '2', unitPrice: '500', ...FRANCHISE }];
    const id = await issued(core, customerId, {
      lines: sale,
      downPaymentInvoiceIds: [downPaymentId],
      deliveryDate: '2026-11-20',
      deliveryAddress: { line1: 'Archives nationales, 60 rue des Francs-Bourgeois', postcode: '75003', city: 'Paris', countryCode: 'FR' },
      charges: [{ amountCents: 3_500, reason: 'Frais de déplacement', vatCategory: 'E', vatRate: '0', vatExemptionCode: 'VATEX-FR-FRANCHISE' }],
    });
    const original = valueOf(await core.invoke('invoices:get', { id }));
    valueOf(await core.invoke('sending:send', { invoiceId: id }));
    await runUntil(async () => (await entry(id))?.chorusStatus === 'REJETEE', 6 * HOUR);

    const { creditNoteId, newInvoiceId } = valueOf(await core.invoke('sending:replaceRejected', { invoiceId: id }));
    const draft = valueOf(await core.invoke('invoices:get', { id: newInvoiceId })).draft;
    expect(draft).toMatchObject({ downPaymentInvoiceIds: [downPaymentId], deliveryDate: '2026-11-20', deliveryAddress: { city: 'Paris', postcode: '75003' }, charges: [{ reason: 'Frais de déplacement' }] });
    // The sale's own line only: the deduction is made again from the down payment, not copied as a plain line.
    expect(draft?.lines.map((l) => l.description)).toEqual(['Restauration des boiseries']);

    // Once the credit note takes the rejected invoice back, the down payment is free to deduct again.
    valueOf(await core.invoke('invoices:issue', { id: creditNoteId }));
    expect(valueOf(await core.invoke('invoices:downPayments', { customerId })).find((d) => d.id === downPaymentId)?.deductedBy).toBeNull();
    valueOf(await core.invoke('invoices:issue', { id: newInvoiceId }));
    const replacement = valueOf(await core.invoke('invoices:get', { id: newInvoiceId }));
    expect(replacement.totals).toEqual(original.totals);
    expect(replacement.document?.invoice.downPayments?.map((d) => d.number)).toEqual(original.document?.invoice.downPayments?.map((d) => d.number));
    expect(replacement.document?.lines.map((l) => l.description)).toEqual(original.document?.lines.map((l) => l.description));
  }, 120_000);
});
