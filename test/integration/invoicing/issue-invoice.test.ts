import { describe, expect, it } from 'vitest';
import type { Core } from '../../../main/app/create-core';
import { useTestCores } from '../../support/test-core';
import { draftFor, franchiseLine, setUpSeller, valueOf } from '../../support/invoicing-setup';

const cores = useTestCores();

const openCore = (): Core => cores.open();

describe('issuing an invoice', () => {
  it('names the missing service code in French, then issues F-2026-0001 once it is given', async () => {
    const core = openCore();
    const { customerId } = await setUpSeller(core);
    const draft = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId, { serviceCode: '' }) }));
    expect(draft.status).toBe('draft');
    expect(draft.number).toBeNull();
    expect(draft.totalCents).toBe(13650);
    const missing = draft.findings.find((f) => f.code === 'chorus-service-code-missing');
    expect(missing).toMatchObject({ severity: 'error', field: 'invoice.serviceCode' });
    expect(missing?.message).toMatch(/code service/i);

    const refused = await core.invoke('invoices:issue', { id: draft.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'issue_refused' } });

    valueOf(await core.invoke('invoices:updateDraft', { id: draft.id, draft: draftFor(customerId) }));
    const issued = valueOf(await core.invoke('invoices:issue', { id: draft.id }));
    expect(issued).toMatchObject({ status: 'issued', number: 'F-2026-0001', totalCents: 13650, remainingCents: 13650, paymentState: 'unpaid' });
    expect(issued.document?.seller.legalName).toBe('Jean Dupont EI');
    expect(issued.document?.buyer.legalName).toBe('Mairie de Beaufort-en-Anjou');
    expect(issued.journal.map((e) => e.kind)).toEqual(['invoice.draft.created', 'invoice.draft.updated', 'invoice.issued', 'invoice.files.generated']);

    const second = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId) }));
    expect(valueOf(await core.invoke('invoices:issue', { id: second.id })).number).toBe('F-2026-0002');
  });

  it('refuses any change to an issued invoice, through the app and directly in SQL', async () => {
    const core = openCore();
    const { customerId } = await setUpSeller(core);
    const { id } = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId) }));
    valueOf(await core.invoke('invoices:issue', { id }));

    expect(await core.invoke('invoices:updateDraft', { id, draft: draftFor(customerId, { lines: [] }) })).toMatchObject({ ok: false, error: { code: 'invoice_frozen', message: expect.stringContaining('établissez un avoir') } });
    expect(await core.invoke('invoices:deleteDraft', { id })).toMatchObject({ ok: false, error: { code: 'invoice_frozen' } });
    expect(await core.invoke('invoices:issue', { id })).toMatchObject({ ok: false, error: { code: 'invoice_frozen' } });
    expect(() => core.db.prepare('UPDATE invoices SET total_cents = 1 WHERE id = ?').run(id)).toThrow(/ne peut plus être modifiée/);
    expect(() => core.db.prepare("UPDATE invoices SET document = json_set(document, '$.lines[0].unitPrice', '1') WHERE id = ?").run(id)).toThrow(/ne peut plus être modifiée/);
    expect(() => core.db.prepare('DELETE FROM invoices WHERE id = ?').run(id)).toThrow(/ne peut plus être modifiée/);
    expect(() => core.db.prepare('UPDATE number_sequences SET last_sequence = 5').run()).toThrow(/avancer d’un numéro/);
    expect(() => core.db.prepare('DELETE FROM journal').run()).toThrow(/journal ne peut pas/);
  });

  it('lets a draft be edited and deleted freely, without taking a number', async () => {
    const core = openCore();
    const { customerId } = await setUpSeller(core);
    const { id } = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId) }));
    const edited = valueOf(await core.invoke('invoices:updateDraft', { id, draft: draftFor(customerId, { lines: [franchiseLine, { ...franchiseLine, quantity: '1', unitPrice: '0.5' }] }) }));
    expect(edited.totalCents).toBe(13700);
    expect(valueOf(await core.invoke('invoices:deleteDraft', { id }))).toEqual({ deleted: true });
    expect(await core.invoke('invoices:get', { id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const next = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId) }));
    expect(valueOf(await core.invoke('invoices:issue', { id: next.id })).number).toBe('F-2026-0001');
  });

  it('saves a half-typed draft and explains what is missing, field by field', async () => {
    const core = openCore();
    const { customerId } = await setUpSeller(core);
    const draft = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId, { lines: [{ description: '', quantity: '0', unitPrice: '' }] }) }));
    const fields = draft.findings.map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['lines.0.description', 'lines.0.unitPrice']));
    expect(draft.findings.every((f) => /[a-zé]/.test(f.message))).toBe(true);
  });

  it('refuses a date earlier than the last invoice of the series (chronological numbering)', async () => {
    const core = openCore();
    const { customerId } = await setUpSeller(core);
    const first = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId) }));
    valueOf(await core.invoke('invoices:issue', { id: first.id }));
    const late = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId, { issueDate: '2026-11-20' }) }));
    // The editor's panel says it before « Émettre », on the date field, in the same words as the refusal.
    const panel = valueOf(await core.invoke('invoices:get', { id: late.id })).findings.find((f) => f.code === 'issue-date-before-series');
    expect(panel).toMatchObject({ field: 'invoice.issueDate', severity: 'error' });
    expect(panel?.message).toMatch(/dernière pièce de cette série est datée du \d{2}\/\d{2}\/2026/);
    const refused = await core.invoke('invoices:issue', { id: late.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'issue_refused' } });
    // Never a bare count: the refusal explains the first point to fix.
    expect(refused.ok ? '' : refused.error.message).toContain('La numérotation suit l’ordre des dates');
    expect(valueOf(await core.invoke('invoices:get', { id: late.id })).status).toBe('draft');
  });
});
