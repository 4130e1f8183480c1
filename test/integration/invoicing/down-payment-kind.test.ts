import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../main/app/create-core';
import { downloadOf, viaInvoke } from '../../support/export-setup';
import { draftFor, setUpSeller, valueOf } from '../../support/invoicing-setup';
import { useTestCores } from '../../support/test-core';

const cores = useTestCores();

/**
 * A plumber asks the town hall for a 30 % down payment (a facture d'acompte, UNTDID 386), is paid, then
 * issues the final invoice deducting it. Every place that names or filters the kind of piece must say
 * « Facture d’acompte » for the first one, never « Facture ».
 */
async function downPaymentThenFinal(core: Core) {
  const { customerId } = await setUpSeller(core);
  const line = { description: 'Acompte de 30 % sur la rénovation', quantity: '1', unitCode: 'C62', unitPrice: '300', vatCategory: 'E', vatRate: '0', vatExemptionCode: 'VATEX-FR-FRANCHISE' };
  const draft = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId, { isDownPayment: true, lines: [line] }) }));
  const downPayment = valueOf(await core.invoke('invoices:issue', { id: draft.id }));
  valueOf(await core.invoke('payments:record', { invoiceId: draft.id, paidOn: '2026-11-27', amountCents: 30_000, mode: 'transfer' }));
  const finalDraft = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId, { downPaymentInvoiceIds: [draft.id] }) }));
  const final = valueOf(await core.invoke('invoices:issue', { id: finalDraft.id }));
  return { downPaymentId: draft.id, downPayment, finalId: finalDraft.id, final };
}

describe('a down-payment invoice (386) is told apart from an invoice everywhere', () => {
  it('keeps the invoice series without a gap, and the list shows and filters it as « Facture d’acompte »', async () => {
    const core = cores.open();
    const { downPaymentId, finalId } = await downPaymentThenFinal(core);
    const rows = valueOf(await core.invoke('invoices:list', {})).rows;
    // Numbering: a 386 takes the next number of the invoice series, as it always did; the final invoice follows.
    expect(rows.map((r) => [r.id, r.number, r.typeCode])).toEqual([
      [finalId, 'F-2026-0002', '380'],
      [downPaymentId, 'F-2026-0001', '386'],
    ]);
    // Paid in full, it is settled like any invoice (a down payment is owed and paid).
    expect(rows.find((r) => r.id === downPaymentId)).toMatchObject({ status: 'issued', paymentState: 'paid', remainingCents: 0 });
    const only = async (typeCode: '380' | '381' | '386') => valueOf(await core.invoke('invoices:list', { typeCode })).rows.map((r) => r.id);
    expect(await only('386')).toEqual([downPaymentId]);
    expect(await only('380')).toEqual([finalId]);
    expect(await only('381')).toEqual([]);
    const filtered = valueOf(await core.invoke('invoices:list', { typeCode: '386', status: 'issued' }));
    expect(filtered).toMatchObject({ total: 1, sumRemainingCents: 0 });
    expect(valueOf(await core.invoke('invoices:get', { id: downPaymentId })).typeCode).toBe('386');
    // A down-payment draft is one already: the list says so before it is issued.
    const { customerId } = { customerId: valueOf(await core.invoke('invoices:get', { id: finalId })).customerId as number };
    const draft = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId, { isDownPayment: true }) }));
    expect(valueOf(await core.invoke('invoices:list', { status: 'draft', typeCode: '386' })).rows.map((r) => [r.id, r.typeCode])).toEqual([[draft.id, '386']]);
    // What is still owed on unpaid down-payment invoices counts in the sums of their own filter.
    expect(valueOf(await core.invoke('invoices:list', { typeCode: '386', status: 'unpaid' })).sumRemainingCents).toBe(0);
    // The record's verification knows a 386 is an invoice: no finding on its row.
    const verification = valueOf(await core.invoke('journal:verify', {}));
    expect(verification.findings).toEqual([]);
    expect(verification.isIntact).toBe(true);
  });

  it('is « Facture d’acompte » in the archive’s ledger and folder, and in the receipts book', async () => {
    const core = cores.open();
    const { downPayment } = await downPaymentThenFinal(core);
    const archive = await downloadOf(core, viaInvoke(core, 'exports:archive', {}));
    const entries = unzipSync(archive.bytes);
    expect(Object.keys(entries).filter((name) => name.endsWith('.pdf')).sort()).toEqual([
      'factures-d-acompte/F-2026-0001.pdf',
      'factures/F-2026-0002.pdf',
    ]);
    const ledger = Buffer.from(entries['registre.csv']!).toString('utf8').trim().split('\r\n').slice(1);
    expect(ledger.map((line) => line.split(';').slice(0, 2))).toEqual([
      [downPayment.number, 'Facture d’acompte'],
      ['F-2026-0002', 'Facture'],
    ]);
    expect(Buffer.from(entries['LISEZ-MOI.txt']!).toString('utf8')).toContain('factures-d-acompte/');

    const book = valueOf(await core.invoke('receipts:book', { from: '2026-11-01', to: '2026-11-30' }));
    expect(book.receipts.map((r) => [r.invoiceNumber, r.nature, r.amountCents])).toEqual([
      ['F-2026-0001', 'Facture d’acompte : Acompte de 30 % sur la rénovation', 30_000],
    ]);
  });

  it('is « Facture d’acompte » in the sending list and the Chorus Pro portal guide', async () => {
    const core = cores.open();
    const { downPaymentId, finalId } = await downPaymentThenFinal(core);
    const sending = valueOf(await core.invoke('sending:list', {})).rows;
    expect(sending.map((r) => [r.invoiceId, r.typeCode])).toEqual(expect.arrayContaining([[downPaymentId, '386'], [finalId, '380']]));
    const planned = valueOf(await core.invoke('sending:planPortal', { invoiceId: downPaymentId }));
    expect(planned).toMatchObject({ typeCode: '386', action: { kind: 'deposit' } });
    expect(planned.action?.explanation).toContain('facture d’acompte');
    const guide = valueOf(await core.invoke('sending:portalGuide', { invoiceId: downPaymentId }));
    expect(guide).toMatchObject({ typeCode: '386', pieceLabel: 'Facture d’acompte' });
    expect(valueOf(await core.invoke('sending:portalGuide', { invoiceId: finalId }))).toMatchObject({ typeCode: '380', pieceLabel: 'Facture' });
  });
});
