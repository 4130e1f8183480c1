import { describe, expect, it } from 'vitest';
import type { Core } from '../../../main/app/create-core';
import { useTestCores } from '../../support/test-core';
import { draftFor, franchiseLine, setUpSeller, valueOf } from '../../support/invoicing-setup';

const cores = useTestCores();

async function issuedInvoice(clockIso = '2026-11-27T10:00:00Z'): Promise<{ core: Core; id: number; customerId: number }> {
  const core = cores.open({ now: clockIso });
  const { customerId } = await setUpSeller(core);
  const { id } = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId) }));
  valueOf(await core.invoke('invoices:issue', { id }));
  return { core, id, customerId };
}

describe('credit notes', () => {
  it('takes back a whole invoice in their own series, referring to it', async () => {
    const { core, id } = await issuedInvoice();
    const note = valueOf(await core.invoke('invoices:createCreditNote', { invoiceId: id }));
    expect(note).toMatchObject({ typeCode: '381', status: 'draft', correctedInvoice: { id, number: 'F-2026-0001' } });
    const issued = valueOf(await core.invoke('invoices:issue', { id: note.id }));
    expect(issued.number).toBe('A-2026-0001');
    expect(issued.document?.invoice.precedingInvoice).toEqual({ number: 'F-2026-0001', issueDate: '2026-11-27' });
    const invoice = valueOf(await core.invoke('invoices:get', { id }));
    expect(invoice).toMatchObject({ paymentState: 'credited', remainingCents: 0 });
    expect(invoice.creditNotes.map((n) => n.number)).toEqual(['A-2026-0001']);
  });

  it('can be partial, and never credits more than the invoice', async () => {
    const { core, id } = await issuedInvoice();
    const partial = valueOf(await core.invoke('invoices:createCreditNote', { invoiceId: id }));
    const lines = [{ ...franchiseLine, quantity: '1' }];
    valueOf(await core.invoke('invoices:updateDraft', { id: partial.id, draft: { ...partial.draft!, lines } }));
    valueOf(await core.invoke('invoices:issue', { id: partial.id }));
    expect(valueOf(await core.invoke('invoices:get', { id }))).toMatchObject({ paymentState: 'partially-paid', remainingCents: 9100 });

    const tooMuch = valueOf(await core.invoke('invoices:createCreditNote', { invoiceId: id }));
    expect(await core.invoke('invoices:issue', { id: tooMuch.id })).toMatchObject({ ok: false, error: { code: 'issue_refused' } });
    expect(valueOf(await core.invoke('invoices:get', { id: tooMuch.id })).status).toBe('draft');
  });

  it('keeps the invoice’s customer and delivery date, and shows « credit exceeds » in the panel before issuing', async () => {
    const { core, id, customerId } = await issuedInvoice();
    const other = valueOf(await core.invoke('customers:create', { customer: { kind: 'private', isPerson: true, legalName: 'M. Paul Henry', address: { line1: '1 rue Haute', postcode: '44000', city: 'Nantes', countryCode: 'FR' } } }));
    const note = valueOf(await core.invoke('invoices:createCreditNote', { invoiceId: id }));
    const invoice = valueOf(await core.invoke('invoices:get', { id }));
    expect(note.draft?.deliveryDate).toBe(invoice.document?.invoice.deliveryDate);
    // No payment received yet: the note only reduces what is owed (no refund, no payment block).
    expect(note.draft?.refundMeansCode).toBeNull();
    const moved = await core.invoke('invoices:updateDraft', { id: note.id, draft: { ...note.draft!, customerId: other.id } });
    expect(moved).toMatchObject({ ok: false, error: { field: 'customerId', message: expect.stringContaining('client de la facture') } });
    expect(valueOf(await core.invoke('invoices:get', { id: note.id })).draft?.customerId).toBe(customerId);

    const doubled = [...note.draft!.lines, ...note.draft!.lines];
    valueOf(await core.invoke('invoices:updateDraft', { id: note.id, draft: { ...note.draft!, lines: doubled } }));
    const panel = valueOf(await core.invoke('invoices:get', { id: note.id })).findings.map((f) => f.code);
    expect(panel).toContain('credit-exceeds-invoice');
  });

  it('refunds the customer who already paid: « Remboursement » and how, asked before issuing', async () => {
    const { core, id } = await issuedInvoice('2026-11-28T10:00:00Z');
    valueOf(await core.invoke('payments:markPaid', { invoiceId: id, paidOn: '2026-11-28', mode: 'cheque' }));
    const note = valueOf(await core.invoke('invoices:createCreditNote', { invoiceId: id }));
    expect(note.draft?.refundMeansCode).toBe('42');
    valueOf(await core.invoke('invoices:updateDraft', { id: note.id, draft: { ...note.draft!, refundMeansCode: null } }));
    const panel = valueOf(await core.invoke('invoices:get', { id: note.id })).findings.find((f) => f.code === 'refund-means-invalid');
    expect(panel?.message).toContain('remboursement de 136,50');
    valueOf(await core.invoke('invoices:updateDraft', { id: note.id, draft: { ...note.draft!, refundMeansCode: '20' } }));
    const issued = valueOf(await core.invoke('invoices:issue', { id: note.id }));
    expect(issued.document?.invoice.paymentMeans).toEqual({ code: '20' });
  });

  it('is refused on a draft', async () => {
    const { core, customerId } = await issuedInvoice();
    const draft = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId) }));
    expect(await core.invoke('invoices:createCreditNote', { invoiceId: draft.id })).toMatchObject({ ok: false });
  });
});

describe('payments', () => {
  it('follow what remains due until the invoice is paid', async () => {
    const { core, id } = await issuedInvoice('2026-12-01T10:00:00Z');
    const partly = valueOf(await core.invoke('payments:record', { invoiceId: id, paidOn: '2026-11-28', amountCents: 5000, mode: 'transfer' }));
    expect(partly).toMatchObject({ paymentState: 'partially-paid', remainingCents: 8650 });
    expect(await core.invoke('payments:record', { invoiceId: id, paidOn: '2026-11-28', amountCents: 9000, mode: 'transfer' })).toMatchObject({
      ok: false,
      error: { field: 'amountCents', message: expect.stringContaining('86,50') },
    });
    const paid = valueOf(await core.invoke('payments:markPaid', { invoiceId: id, paidOn: '2026-12-01', mode: 'cheque' }));
    expect(paid).toMatchObject({ paymentState: 'paid', remainingCents: 0 });
    expect(paid.payments.map((p) => p.amountCents)).toEqual([5000, 8650]);
    expect(await core.invoke('payments:markPaid', { invoiceId: id, paidOn: '2026-12-01', mode: 'cheque' })).toMatchObject({ ok: false });
  });

  it('are corrected by a negative payment, never edited', async () => {
    const { core, id } = await issuedInvoice('2026-11-28T10:00:00Z');
    valueOf(await core.invoke('payments:record', { invoiceId: id, paidOn: '2026-11-28', amountCents: 13650, mode: 'cash' }));
    const corrected = valueOf(await core.invoke('payments:record', { invoiceId: id, paidOn: '2026-11-28', amountCents: -13650, mode: 'cash', note: 'Erreur de saisie' }));
    expect(corrected).toMatchObject({ paymentState: 'unpaid', remainingCents: 13650 });
    expect(() => core.db.prepare('UPDATE payments SET amount_cents = 1').run()).toThrow(/ne se modifie pas/);
  });

  it('make an unpaid invoice overdue after its due date', async () => {
    const { core, id } = await issuedInvoice('2027-02-01T10:00:00Z');
    expect(valueOf(await core.invoke('invoices:get', { id }))).toMatchObject({ dueDate: '2026-12-27', isOverdue: true });
    const overdue = valueOf(await core.invoke('invoices:list', { status: 'overdue' }));
    expect(overdue.rows.map((r) => r.id)).toEqual([id]);
  });
});
