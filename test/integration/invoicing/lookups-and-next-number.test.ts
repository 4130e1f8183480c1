import { describe, expect, it } from 'vitest';
import type { Core } from '../../../main/app/create-core';
import type { Clock } from '../../../main/services/clock';
import { fixedClock } from '../../../main/services/clock';
import { useTestCores } from '../../support/test-core';
import { draftFor, microEntrepreneur, setUpSeller, valueOf } from '../../support/invoicing-setup';

const cores = useTestCores();

const openCore = (clock?: Clock): Core => cores.open({ clock });

describe('app:info', () => {
  it('says what day it is in Paris by the core’s clock, not the machine’s', async () => {
    // 23:30 UTC on 31 December is already 1 January in Paris (UTC+1 in winter).
    expect(valueOf(await openCore(fixedClock('2026-12-31T23:30:00Z')).invoke('app:info', {})).today).toBe('2027-01-01');
    // 21:30 UTC on 30 June is 23:30 in Paris (UTC+2 in summer): still the 30th.
    expect(valueOf(await openCore(fixedClock('2026-06-30T21:30:00Z')).invoke('app:info', {})).today).toBe('2026-06-30');
  });
});

describe('catalogue:get', () => {
  it('reads one item, archived or not, and says in French when it is gone', async () => {
    const core = openCore();
    await setUpSeller(core);
    const item = valueOf(await core.invoke('catalogue:create', { item: { designation: 'Heure de cours', unitCode: 'HUR', unitPrice: '45.5', vatCategory: 'E', vatRate: '0', vatExemptionCode: 'VATEX-FR-FRANCHISE' } }));
    expect(valueOf(await core.invoke('catalogue:get', { id: item.id }))).toEqual(item);
    const archived = valueOf(await core.invoke('catalogue:archive', { id: item.id, isArchived: true }));
    expect(valueOf(await core.invoke('catalogue:get', { id: item.id }))).toEqual(archived);
    expect(await core.invoke('catalogue:get', { id: item.id + 1 })).toMatchObject({ ok: false, error: { code: 'not_found', message: 'Cet article n’existe pas ou plus.' } });
  });
});

describe('invoices:nextNumber', () => {
  it('announces the number issuing would give, without consuming it', async () => {
    const core = openCore();
    const { customerId } = await setUpSeller(core);
    const first = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId) }));
    const second = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId) }));
    expect(valueOf(await core.invoke('invoices:nextNumber', { id: first.id })).number).toBe('F-2026-0001');
    // Asking twice, for two drafts, takes nothing: both would get the same next number.
    expect(valueOf(await core.invoke('invoices:nextNumber', { id: second.id })).number).toBe('F-2026-0001');
    expect(valueOf(await core.invoke('invoices:issue', { id: second.id })).number).toBe('F-2026-0001');
    expect(valueOf(await core.invoke('invoices:nextNumber', { id: first.id })).number).toBe('F-2026-0002');
    expect(valueOf(await core.invoke('invoices:issue', { id: first.id })).number).toBe('F-2026-0002');
    expect(await core.invoke('invoices:nextNumber', { id: first.id })).toMatchObject({ ok: false, error: { code: 'invoice_frozen' } });
  });

  it('follows the draft’s year and the credit note series the company chose', async () => {
    const core = openCore(fixedClock('2027-01-05T10:00:00Z'));
    const { customerId } = await setUpSeller(core);
    const invoice = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId, { issueDate: '2026-12-30' }) }));
    valueOf(await core.invoke('invoices:issue', { id: invoice.id }));
    const nextYear = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId, { issueDate: '2027-01-05' }) }));
    expect(valueOf(await core.invoke('invoices:nextNumber', { id: nextYear.id })).number).toBe('F-2027-0001');

    const note = valueOf(await core.invoke('invoices:createCreditNote', { invoiceId: invoice.id }));
    expect(valueOf(await core.invoke('invoices:nextNumber', { id: note.id })).number).toBe('A-2027-0001');
    valueOf(await core.invoke('company:save', { ...microEntrepreneur, creditNoteSeries: 'same' }));
    expect(valueOf(await core.invoke('invoices:nextNumber', { id: note.id })).number).toBe('F-2027-0001');
    expect(valueOf(await core.invoke('invoices:issue', { id: note.id })).number).toBe('F-2027-0001');
  });
});
