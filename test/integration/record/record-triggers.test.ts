import { describe, expect, it } from 'vitest';
import type { Core } from '../../../main/app/create-core';
import { useTestCores } from '../../support/test-core';
import { draftFor, setUpSeller, valueOf } from '../../support/invoicing-setup';

const cores = useTestCores();

/** Two issued invoices (the first one part paid) and a draft. */
async function withInvoices(): Promise<{ core: Core; draftId: number }> {
  const core = cores.open();
  const { customerId } = await setUpSeller(core);
  for (let i = 0; i < 2; i++) {
    const { id } = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId) }));
    valueOf(await core.invoke('invoices:issue', { id }));
  }
  valueOf(await core.invoke('payments:record', { invoiceId: 1, paidOn: '2026-11-27', amountCents: 1000, mode: 'cash' }));
  const draft = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId) }));
  return { core, draftId: draft.id };
}

describe('the database guards the legal record whoever writes to it', () => {
  it('moves the numbering only by issuing a draft with the next number', async () => {
    const { core, draftId } = await withInvoices();
    const sql = (text: string) => () => core.db.prepare(text).run();
    expect(sql('UPDATE number_sequences SET last_sequence = last_sequence + 1')).toThrow(/La numérotation n’avance que par l’émission/);
    expect(sql("INSERT INTO number_sequences (company_id, series, period, last_sequence) VALUES (1, 'X-{seq}', 0, 1)")).toThrow(/n’avance que par l’émission/);
    expect(sql('DELETE FROM number_sequences')).toThrow(/ne peut pas être effacée/);
    // A draft issued by SQL must take the next number: skipping one, or taking one twice, is refused.
    const issueAs = (sequence: number) =>
      sql(`UPDATE invoices SET status = 'issued', series = 'F-{YYYY}-{seq:0000}', period = 2026, sequence = ${sequence},
           number = 'F-2026-000${sequence}', document_hash = 'x', issued_at = 'now' WHERE id = ${draftId}`);
    expect(issueAs(4)).toThrow(/numéro suivant de sa série/);
    expect(issueAs(2)).toThrow(/numéro suivant de sa série/);
    expect(sql(`INSERT INTO invoices (company_id, type_code, status, series, period, sequence, number, issue_date, document, document_hash, created_at, updated_at, issued_at)
      VALUES (1, '380', 'issued', 'F-{YYYY}-{seq:0000}', 2026, 3, 'F-2026-0003', '2026-11-27', '{}', 'x', 'now', 'now', 'now')`)).toThrow(/naît brouillon/);
    expect(core.db.prepare('SELECT last_sequence FROM number_sequences').pluck().get()).toBe(2);
  });

  it('derives the balance from payments and credit notes: no hand-made balance', async () => {
    const { core, draftId } = await withInvoices();
    const sql = (text: string) => () => core.db.prepare(text).run();
    expect(sql('UPDATE invoice_balances SET paid_cents = 13650, remaining_cents = 0 WHERE invoice_id = 1')).toThrow(/découle de ses paiements/);
    expect(sql('UPDATE invoice_balances SET remaining_cents = 0 WHERE invoice_id = 2')).toThrow(/découle de ses paiements/);
    expect(sql('DELETE FROM invoice_balances WHERE invoice_id = 2')).toThrow(/ne se supprime pas/);
    expect(sql(`INSERT INTO invoice_balances (invoice_id, remaining_cents) VALUES (${draftId}, 0)`)).toThrow(/s’ouvre à son émission/);
    expect(sql(`INSERT INTO payments (invoice_id, paid_on, amount_cents, mode, created_at) VALUES (${draftId}, '2026-11-27', 100, 'cash', 'now')`)).toThrow(
      /se rapporte à une facture émise/,
    );
    expect(core.db.prepare('SELECT paid_cents, remaining_cents FROM invoice_balances WHERE invoice_id = 1').get()).toEqual({ paid_cents: 1000, remaining_cents: 12650 });
  });

  it('appends to the journal only at its head: no entry slipped in the middle', async () => {
    const { core } = await withInvoices();
    const last = core.db.prepare('SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string };
    const insert = core.db.prepare(
      "INSERT INTO journal (seq, at, kind, entity, entity_id, payload, previous_hash, hash) VALUES (?, 'now', 'invoice.issued', 'invoice', 9, '{}', ?, ?)",
    );
    const middle = core.db.prepare('SELECT previous_hash FROM journal WHERE seq = 5').pluck().get() as string;
    core.db.exec('DROP TRIGGER journal_no_update; DROP TRIGGER journal_no_delete');
    core.db.prepare('DELETE FROM journal WHERE seq = 5').run();
    expect(() => insert.run(5, middle, 'forged')).toThrow(/qu’à la suite de sa dernière entrée/);
    expect(() => insert.run(last.seq + 1, middle, 'forged')).toThrow(/qu’à la suite de sa dernière entrée/);
    expect(() => insert.run(last.seq + 2, last.hash, 'forged')).toThrow(/qu’à la suite de sa dernière entrée/);
    expect(() => core.db.prepare('DELETE FROM journal_head').run()).toThrow(/ne se supprime pas/);
    expect(() => core.db.prepare('UPDATE journal_head SET seq = seq - 1').run()).toThrow(/désigne sa dernière entrée/);
  });
});

describe('the verification follows a draft id given again after a deletion', () => {
  it('treats the new draft as a new life of that id, not as a deleted one come back', async () => {
    const core = cores.open();
    const { customerId } = await setUpSeller(core);
    const first = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId) }));
    valueOf(await core.invoke('invoices:deleteDraft', { id: first.id }));
    const again = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId) }));
    expect(again.id).toBe(first.id); // SQLite reuses the largest id once its row is gone
    const issued = valueOf(await core.invoke('invoices:issue', { id: again.id }));
    expect(issued.journal.map((entry) => entry.kind)).toEqual(['invoice.draft.created', 'invoice.issued', 'invoice.files.generated']);
    expect(valueOf(await core.invoke('journal:verify', {}))).toMatchObject({ isIntact: true, findings: [] });
  });
});
