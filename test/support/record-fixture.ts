import type { Core } from '../../main/app/create-core';
import { draftFor, setUpSeller, townHall, valueOf } from './invoicing-setup';
import { sampleLogo } from './pdf/png-encode';

/**
 * A record with one of everything the verification checks: invoices issued with and without a logo,
 * a credit note in its own series, payments (one a correction), open and settled balances, two series counters, drafts
 * (one deleted), customers and a catalogue item. Built through the app, so every row has its entries.
 */
export async function buildRichRecord(core: Core): Promise<void> {
  const { customerId } = await setUpSeller(core);
  valueOf(await core.invoke('customers:create', { customer: { ...townHall, legalName: 'Commune de Nantes', siret: '21440109300015' } }));
  valueOf(await core.invoke('catalogue:create', { item: { designation: 'Heure de cours', unitCode: 'HUR', unitPrice: '45.5', vatCategory: 'E', vatRate: '0', vatExemptionCode: 'VATEX-FR-FRANCHISE' } }));
  valueOf(await core.invoke('company:setLogo', { base64: sampleLogo().toString('base64') }));
  const issue = async () => valueOf(await core.invoke('invoices:issue', { id: valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId) })).id }));
  const first = await issue();
  const second = await issue();
  const third = await issue();
  valueOf(await core.invoke('company:setLogo', { base64: null }));
  await issue();
  valueOf(await core.invoke('payments:markPaid', { invoiceId: first.id, paidOn: '2026-11-27', mode: 'transfer' }));
  valueOf(await core.invoke('payments:record', { invoiceId: second.id, paidOn: '2026-11-27', amountCents: 2000, mode: 'cheque', note: 'Chèque n° 12' }));
  valueOf(await core.invoke('payments:record', { invoiceId: second.id, paidOn: '2026-11-27', amountCents: -500, mode: 'cheque', note: 'Correction' }));
  const credit = valueOf(await core.invoke('invoices:createCreditNote', { invoiceId: third.id }));
  valueOf(await core.invoke('invoices:issue', { id: credit.id }));
  valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId) }));
  const deleted = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId) }));
  valueOf(await core.invoke('invoices:deleteDraft', { id: deleted.id }));
}
