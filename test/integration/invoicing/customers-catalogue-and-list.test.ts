import { describe, expect, it } from 'vitest';
import type { Core } from '../../../main/app/create-core';
import { useTestCores } from '../../support/test-core';
import { draftFor, setUpSeller, townHall, valueOf } from '../../support/invoicing-setup';

const cores = useTestCores();
const openCore = (): Core => cores.open();

describe('customers', () => {
  it('stores a public buyer with its Chorus Pro flags, SIRET typed with spaces', async () => {
    const core = openCore();
    await setUpSeller(core);
    const created = valueOf(await core.invoke('customers:create', { customer: { ...townHall, legalName: 'CCAS de Beaufort', siret: '214 900 219 00012' } }));
    expect(created).toMatchObject({ siret: '21490021900012', kind: 'public', chorus: { serviceCodeRequired: true }, isArchived: false });
    const found = valueOf(await core.invoke('customers:search', { text: 'ccas' }));
    expect(found.rows.map((c) => c.legalName)).toEqual(['CCAS de Beaufort']);
    expect(valueOf(await core.invoke('customers:search', { text: '21490021900012' })).total).toBe(2);
  });

  it('refuses a wrong SIRET in French on the field', async () => {
    const core = openCore();
    await setUpSeller(core);
    expect(await core.invoke('customers:create', { customer: { ...townHall, siret: '21490021900013' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'customer.siret', message: expect.stringContaining('clé de contrôle') },
    });
  });

  it('archives a customer out of the default search and back', async () => {
    const core = openCore();
    const { customerId } = await setUpSeller(core);
    valueOf(await core.invoke('customers:archive', { id: customerId, isArchived: true }));
    expect(valueOf(await core.invoke('customers:search', {})).total).toBe(0);
    expect(valueOf(await core.invoke('customers:search', { includeArchived: true })).rows[0]?.isArchived).toBe(true);
  });
});

describe('catalogue', () => {
  it('keeps items with unit and VAT checked together', async () => {
    const core = openCore();
    await setUpSeller(core);
    const item = valueOf(await core.invoke('catalogue:create', { item: { designation: 'Heure de cours', unitCode: 'HUR', unitPrice: '45.5', vatCategory: 'E', vatRate: '0', vatExemptionCode: 'VATEX-FR-FRANCHISE' } }));
    expect(valueOf(await core.invoke('catalogue:list', { text: 'cours' }))).toEqual([item]);
    expect(core.db.prepare("SELECT kind FROM journal WHERE entity = 'catalogue'").pluck().all()).toEqual(['catalogue.created']);
    expect(await core.invoke('catalogue:create', { item: { designation: 'X', unitCode: 'HUR', unitPrice: '1', vatCategory: 'S', vatRate: '7' } })).toMatchObject({ ok: false, error: { field: 'item.vatRate' } });
  });
});

describe('the invoice list', () => {
  it('filters by status, customer and period, searches text, and pages', async () => {
    const core = openCore();
    const { customerId } = await setUpSeller(core);
    const other = valueOf(await core.invoke('customers:create', { customer: { ...townHall, legalName: 'École Jules Ferry' } }));
    for (let i = 0; i < 5; i++) {
      const { id } = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(i < 3 ? customerId : other.id, { issueDate: `2026-11-2${i}` }) }));
      if (i < 4) valueOf(await core.invoke('invoices:issue', { id }));
    }
    const all = valueOf(await core.invoke('invoices:list', {}));
    expect(all.total).toBe(5);
    expect(all.rows.map((r) => r.issueDate)).toEqual(['2026-11-24', '2026-11-23', '2026-11-22', '2026-11-21', '2026-11-20']);
    expect(valueOf(await core.invoke('invoices:list', { status: 'draft' })).total).toBe(1);
    expect(valueOf(await core.invoke('invoices:list', { status: 'unpaid' })).total).toBe(4);
    expect(valueOf(await core.invoke('invoices:list', { customerId: other.id })).total).toBe(2);
    expect(valueOf(await core.invoke('invoices:list', { from: '2026-11-21', to: '2026-11-22' })).total).toBe(2);
    expect(valueOf(await core.invoke('invoices:list', { text: 'jules' })).total).toBe(2);
    expect(valueOf(await core.invoke('invoices:list', { text: 'F-2026-0003' })).rows.map((r) => r.number)).toEqual(['F-2026-0003']);
    expect(valueOf(await core.invoke('invoices:list', { text: 'pâtisserie' })).total).toBe(5);
    const page2 = valueOf(await core.invoke('invoices:list', { limit: 2, offset: 2 }));
    expect(page2).toMatchObject({ total: 5, rows: [{ issueDate: '2026-11-22' }, { issueDate: '2026-11-21' }] });
  });
});
