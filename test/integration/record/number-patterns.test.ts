import { describe, expect, it } from 'vitest';
import type { Core } from '../../../main/app/create-core';
import { useTestCores } from '../../support/test-core';
import { draftFor, microEntrepreneur, setUpSeller, valueOf } from '../../support/invoicing-setup';

const cores = useTestCores();

async function withIssued(): Promise<{ core: Core; customerId: number }> {
  const core = cores.open();
  const { customerId } = await setUpSeller(core);
  const { id } = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId) }));
  valueOf(await core.invoke('invoices:issue', { id }));
  return { core, customerId };
}

const issue = async (core: Core, customerId: number) =>
  valueOf(await core.invoke('invoices:issue', { id: valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId) })).id })).number;

describe('changing the number pattern is checked against the numbers already issued', () => {
  it('refuses a pattern that could give a number already used, and says why', async () => {
    const { core, customerId } = await withIssued();
    const result = await core.invoke('company:save', { ...microEntrepreneur, invoiceNumberPattern: 'F-2026-{seq:0000}' });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        field: 'invoiceNumberPattern',
        message: 'Le modèle F-2026-{seq:0000} pourrait redonner le numéro F-2026-0001, déjà émis : deux pièces ne peuvent pas porter le même numéro. Choisissez un modèle dont les numéros ne peuvent pas ressembler à ceux déjà émis, par exemple avec un autre préfixe.',
      },
    });
    expect(await core.invoke('company:save', { ...microEntrepreneur, creditNoteSeries: 'own', creditNoteNumberPattern: 'F-2026-{seq:0000}' })).toMatchObject({
      ok: false,
      error: { field: 'creditNoteNumberPattern' },
    });
    // Credit notes in their own series that could one day write an invoice's number (F-2026-1000).
    expect(await core.invoke('company:save', { ...microEntrepreneur, creditNoteSeries: 'own', creditNoteNumberPattern: 'F-{YYYY}-{seq}' })).toMatchObject({
      ok: false,
      error: { field: 'creditNoteNumberPattern', message: expect.stringMatching(/^Les avoirs \(modèle F-\{YYYY\}-\{seq\}\) pourraient un jour porter le même numéro qu’une facture/) },
    });
    // Nothing was saved: the next invoice keeps its series.
    expect(await issue(core, customerId)).toBe('F-2026-0002');
  });

  it('accepts a pattern that cannot collide, and going back to the old one continues its series', async () => {
    const { core, customerId } = await withIssued();
    valueOf(await core.invoke('company:save', { ...microEntrepreneur, invoiceNumberPattern: 'FA-{YYYY}-{seq:0000}' }));
    expect(await issue(core, customerId)).toBe('FA-2026-0001');
    valueOf(await core.invoke('company:save', { ...microEntrepreneur, invoiceNumberPattern: 'F-{YYYY}-{seq:0000}' }));
    expect(await issue(core, customerId)).toBe('F-2026-0002');
    expect(valueOf(await core.invoke('journal:verify', {})).isIntact).toBe(true);
  });

  it('previews the next number of each series for the patterns as typed', async () => {
    const { core } = await withIssued();
    expect(valueOf(await core.invoke('company:numberPreview', { invoiceNumberPattern: 'F-{YYYY}-{seq:0000}', creditNoteSeries: 'own', creditNoteNumberPattern: 'A-{YY}-{seq:000}' }))).toEqual({
      invoice: { next: 'F-2026-0002', problem: null },
      creditNote: { next: 'A-26-001', problem: null },
    });
    const bad = valueOf(await core.invoke('company:numberPreview', { invoiceNumberPattern: 'F-2026-{seq:0000}', creditNoteSeries: 'same' }));
    expect(bad.invoice).toEqual({ next: null, problem: expect.stringMatching(/^Le modèle F-2026-\{seq:0000\} pourrait redonner le numéro F-2026-0001/) });
    expect(valueOf(await core.invoke('company:numberPreview', { invoiceNumberPattern: 'F-{YYYY}', creditNoteSeries: 'same' })).invoice).toEqual({
      next: null,
      problem: 'Le modèle de numéro doit contenir une fois {seq} (le compteur), par exemple F-{YYYY}-{seq:0000}.',
    });
  });
});
