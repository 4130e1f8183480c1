import { describe, expect, it } from 'vitest';
import type { Core } from '../../../main/app/create-core';
import type { InvoiceListQuery } from '@shared/invoicing/invoice-views';
import { useTestCores } from '../../support/test-core';
import { draftFor, franchiseLine, setUpSeller, townHall, valueOf } from '../../support/invoicing-setup';

const cores = useTestCores();

const openCore = (now?: string): Core => cores.open({ now });

/** 13 650 cents each: 3 × 45,50 € under the VAT franchise. */
const TOTAL = 13650;

async function issue(core: Core, customerId: number, issueDate = '2026-11-27'): Promise<number> {
  const { id } = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId, { issueDate }) }));
  return valueOf(await core.invoke('invoices:issue', { id })).id;
}

async function creditWhole(core: Core, invoiceId: number): Promise<number> {
  const note = valueOf(await core.invoke('invoices:createCreditNote', { invoiceId }));
  return valueOf(await core.invoke('invoices:issue', { id: note.id })).id;
}

const ids = async (core: Core, query: Partial<InvoiceListQuery>) => valueOf(await core.invoke('invoices:list', query)).rows.map((r) => r.id).sort((a, b) => a - b);

describe('settled invoices and credit notes', () => {
  it('gives an issued credit note its own state, never “paid”', async () => {
    const core = openCore();
    const { customerId } = await setUpSeller(core);
    const noteId = await creditWhole(core, await issue(core, customerId));
    expect(valueOf(await core.invoke('invoices:get', { id: noteId }))).toMatchObject({ typeCode: '381', paymentState: 'credited-note', remainingCents: 0 });
    expect(valueOf(await core.invoke('invoices:list', { typeCode: '381' })).rows.map((r) => r.paymentState)).toEqual(['credited-note']);
  });

  it('lists under “paid” only invoices settled by payments; wholly credited ones under “credited”', async () => {
    const core = openCore();
    const { customerId } = await setUpSeller(core);
    const paid = await issue(core, customerId);
    const credited = await issue(core, customerId);
    const partlyCreditedThenPaid = await issue(core, customerId);
    const unpaid = await issue(core, customerId);
    valueOf(await core.invoke('payments:markPaid', { invoiceId: paid, paidOn: '2026-11-27', mode: 'transfer' }));
    const noteId = await creditWhole(core, credited);
    const partial = valueOf(await core.invoke('invoices:createCreditNote', { invoiceId: partlyCreditedThenPaid }));
    valueOf(await core.invoke('invoices:updateDraft', { id: partial.id, draft: { ...partial.draft!, lines: [{ ...franchiseLine, quantity: '1' }] } }));
    valueOf(await core.invoke('invoices:issue', { id: partial.id }));
    valueOf(await core.invoke('payments:markPaid', { invoiceId: partlyCreditedThenPaid, paidOn: '2026-11-27', mode: 'cheque' }));

    expect(await ids(core, { status: 'paid' })).toEqual([paid, partlyCreditedThenPaid]);
    expect(await ids(core, { status: 'credited' })).toEqual([credited]);
    expect(await ids(core, { status: 'unpaid' })).toEqual([unpaid]);
    expect(valueOf(await core.invoke('invoices:get', { id: credited })).paymentState).toBe('credited');
    expect(valueOf(await core.invoke('invoices:get', { id: partlyCreditedThenPaid })).paymentState).toBe('paid');
    // The credit note itself is in none of the settlement filters.
    expect(await ids(core, { status: 'issued', typeCode: '381' })).toHaveLength(2);
    expect([...(await ids(core, { status: 'paid' })), ...(await ids(core, { status: 'credited' }))]).not.toContain(noteId);
  });
});

describe('what the list still brings in', () => {
  it('sums what remains over every matching row, not just the page', async () => {
    const core = openCore('2027-02-01T10:00:00Z');
    const { customerId } = await setUpSeller(core);
    const other = valueOf(await core.invoke('customers:create', { customer: { ...townHall, legalName: 'École Jules Ferry' } }));
    const invoices: number[] = [];
    for (let i = 0; i < 5; i++) invoices.push(await issue(core, i < 3 ? customerId : other.id, `2026-11-2${i}`));
    valueOf(await core.invoke('payments:record', { invoiceId: invoices[0]!, paidOn: '2026-11-28', amountCents: 5000, mode: 'transfer' }));
    valueOf(await core.invoke('payments:markPaid', { invoiceId: invoices[1]!, paidOn: '2026-11-28', mode: 'transfer' }));
    await creditWhole(core, invoices[2]!);
    valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId) }));

    const open = 3 * TOTAL - 5000;
    const sum = async (query: Partial<InvoiceListQuery>) => valueOf(await core.invoke('invoices:list', query)).sumRemainingCents;
    expect(await sum({ limit: 1 })).toBe(open);
    expect(await sum({ status: 'unpaid', typeCode: '380', limit: 1 })).toBe(open);
    // Due 30 days after issue: all are past due on 1 February 2027.
    expect(await sum({ status: 'overdue', limit: 1 })).toBe(open);
    expect(await sum({ customerId: other.id, limit: 1 })).toBe(2 * TOTAL);
    expect(await sum({ from: '2026-11-20', to: '2026-11-21' })).toBe(TOTAL - 5000);
    expect(await sum({ text: 'jules', limit: 1 })).toBe(2 * TOTAL);
    expect(await sum({ text: 'pâtisserie', status: 'unpaid' })).toBe(open);
    for (const status of ['draft', 'paid', 'credited'] as const) expect(await sum({ status })).toBe(0);
    expect(await sum({ typeCode: '381' })).toBe(0);

    // The sum agrees with the rows themselves when they all fit on one page.
    const page = valueOf(await core.invoke('invoices:list', { limit: 200 }));
    expect(page.rows.reduce((total, row) => total + row.remainingCents, 0)).toBe(page.sumRemainingCents);
  });
});
