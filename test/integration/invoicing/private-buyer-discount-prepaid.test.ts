import { describe, expect, it } from 'vitest';
import type { CustomerInput } from '@shared/customers/customer';
import { useTestCores } from '../../support/test-core';
import { draftFor, franchiseLine, microEntrepreneur, valueOf } from '../../support/invoicing-setup';

const cores = useTestCores();

/** A company customer known by its SIREN only, typed with spaces as on a Kbis. */
const carpenter: CustomerInput = {
  kind: 'private',
  legalName: 'Menuiserie Leroux SARL',
  siren: '732 829 320',
  address: { line1: '18 rue Nationale', postcode: '37000', city: 'Tours', countryCode: 'FR' },
};

describe('a private company buyer with a SIREN, a global discount and an acompte', () => {
  it('stores the SIREN compact, refuses one that contradicts the SIRET, and issues with the right amounts', async () => {
    const core = cores.open();
    valueOf(await core.invoke('company:save', microEntrepreneur));
    const customer = valueOf(await core.invoke('customers:create', { customer: carpenter }));
    expect(customer.siren).toBe('732829320');
    expect(valueOf(await core.invoke('customers:search', { text: '732 829 320' })).rows.map((row) => row.id)).toEqual([customer.id]);
    const contradicting = await core.invoke('customers:update', { id: customer.id, customer: { ...carpenter, siret: '214 900 219 00012' } });
    expect(contradicting).toMatchObject({ ok: false, error: { field: 'customer.siren', message: expect.stringContaining('9 premiers chiffres du SIRET') } });

    // 3 × 45,50 = 136,50 (franchise: no VAT); minus a 10,00 discount = 126,50; 50,00 already paid.
    const draft = valueOf(await core.invoke('invoices:createDraft', {
      draft: draftFor(customer.id, {
        serviceCode: '',
        paymentMeansCode: '20',
        allowances: [{ reason: 'Remise fidélité', amountCents: 1000, vatCategory: 'E', vatRate: '0', vatExemptionCode: 'VATEX-FR-FRANCHISE' }],
        prepaidCents: 5000,
        lines: [franchiseLine],
      }),
    }));
    expect(draft.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(draft.totals?.totals).toMatchObject({ lineTotal: 13650, allowanceTotal: 1000, taxBasisTotal: 12650, grandTotal: 12650, prepaid: 5000, dueAmount: 7650 });

    const issued = valueOf(await core.invoke('invoices:issue', { id: draft.id }));
    expect(issued).toMatchObject({ status: 'issued', totalCents: 12650, remainingCents: 7650, paymentState: 'unpaid' });
    expect(issued.document?.buyer.siren).toBe('732829320');
    expect(issued.document?.invoice).toMatchObject({ prepaidCents: 5000, paymentMeans: { code: '20' } });

    const cii = Buffer.from(valueOf(await core.invoke('invoices:file', { id: draft.id, kind: 'cii' })).base64, 'base64').toString('utf8');
    const buyer = /<ram:BuyerTradeParty>[\s\S]*?<\/ram:BuyerTradeParty>/.exec(cii)?.[0] ?? '';
    expect(buyer).toMatch(/<ram:SpecifiedLegalOrganization>\s*<ram:ID schemeID="0002">732829320<\/ram:ID>\s*<\/ram:SpecifiedLegalOrganization>/);
    expect(buyer).not.toContain('<ram:GlobalID');
    expect(cii).toMatch(/<ram:TotalPrepaidAmount>50\.00<\/ram:TotalPrepaidAmount>/);
    expect(cii).toMatch(/<ram:DuePayableAmount>76\.50<\/ram:DuePayableAmount>/);
    expect(cii).toMatch(/<ram:AllowanceTotalAmount>10\.00<\/ram:AllowanceTotalAmount>/);

    const ubl = Buffer.from(valueOf(await core.invoke('invoices:file', { id: draft.id, kind: 'ubl' })).base64, 'base64').toString('utf8');
    expect(ubl).toContain('<cbc:CompanyID schemeID="0002">732829320</cbc:CompanyID>');
  });
});
