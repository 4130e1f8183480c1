import { describe, expect, it } from 'vitest';
import { useTestCores } from '../../support/test-core';
import { draftFor, setUpSeller, valueOf } from '../../support/invoicing-setup';

const cores = useTestCores();

describe('dates are real calendar dates everywhere', () => {
  it('refuses 30 February and a 13th month in French, on the field, for a draft, a payment and a list filter', async () => {
    const core = cores.open();
    const { customerId } = await setUpSeller(core);
    for (const issueDate of ['2026-02-30', '2026-13-01']) {
      expect(await core.invoke('invoices:createDraft', { draft: draftFor(customerId, { issueDate }) })).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', message: 'La date de facture n’existe pas dans le calendrier.', field: 'draft.issueDate' },
      });
    }
    expect(await core.invoke('invoices:createDraft', { draft: draftFor(customerId, { deliveryDate: '2026-04-31' }) })).toMatchObject({
      ok: false,
      error: { message: 'La date de la vente ou de la prestation n’existe pas dans le calendrier.', field: 'draft.deliveryDate' },
    });
    const { id } = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId) }));
    valueOf(await core.invoke('invoices:issue', { id }));
    expect(await core.invoke('payments:record', { invoiceId: id, paidOn: '2026-11-31', amountCents: 100, mode: 'cash' })).toMatchObject({
      ok: false,
      error: { message: 'La date du paiement n’existe pas dans le calendrier.', field: 'paidOn' },
    });
    expect(await core.invoke('invoices:list', { from: '2026-02-29' })).toMatchObject({ ok: false, error: { field: 'from' } });
  });

  it('refuses a payment dated in the future of the app’s clock', async () => {
    const core = cores.open({ now: '2026-11-27T22:30:00Z' }); // 23:30 in Paris: still the 27th
    const { customerId } = await setUpSeller(core);
    const { id } = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId) }));
    valueOf(await core.invoke('invoices:issue', { id }));
    expect(await core.invoke('payments:record', { invoiceId: id, paidOn: '2026-11-28', amountCents: 100, mode: 'cash' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'La date du paiement (28/11/2026) est dans le futur : un paiement se date du jour où il a été reçu.', field: 'paidOn' },
    });
    expect(await core.invoke('payments:markPaid', { invoiceId: id, paidOn: '2027-01-01', mode: 'cash' })).toMatchObject({ ok: false, error: { field: 'paidOn' } });
    valueOf(await core.invoke('payments:record', { invoiceId: id, paidOn: '2026-11-27', amountCents: 100, mode: 'cash' }));
  });
});
