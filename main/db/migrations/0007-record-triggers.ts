import type { Migration } from './migration';

const refuse = (message: string) => `BEGIN SELECT RAISE(ABORT, '${message}'); END;`;
const NUMBERING_ONLY_BY_ISSUE = refuse('La numérotation n’avance que par l’émission d’une pièce.');

/**
 * The legal state guarded in the database itself, whoever writes to it (services, a script, a tool):
 *
 * - Numbering: an invoice is born a draft and becomes issued only with the next sequence of its series
 *   (checked against `number_sequences`), and that step, in a trigger, is what advances the counter. The
 *   counter's own triggers accept a change only when an issued invoice carries the new last sequence, so
 *   a hand-made change needs a hand-made issued invoice, which the first trigger refuses. What a trigger
 *   cannot tell is who runs the UPDATE that issues a draft: a program that issues a draft by SQL gets
 *   the next number but no journal entry and no files, and the verification names it. Dropped triggers
 *   are the same: the verification is the net under them.
 * - Balances: opened at issue at the amount due, then equal at every change to the sum of the payments
 *   and of the issued credit notes (checked in the trigger), never deleted.
 * - Payments belong to issued invoices.
 * - Files: issuing now stores them in its transaction. Invoices issued before this version without
 *   files wait in `invoice_files_backfill`, filled here once: the core makes their files from the frozen
 *   document at the next start and journals them as `invoice.files.backfilled`. Nothing else can queue
 *   an invoice, so files deleted later are never silently made again.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'record guarded by triggers, files made at issue',
  up(db) {
    db.exec(`
      CREATE TABLE invoice_files_backfill (invoice_id INTEGER PRIMARY KEY REFERENCES invoices (id)) STRICT;
      INSERT INTO invoice_files_backfill (invoice_id)
        SELECT id FROM invoices i
        WHERE i.status = 'issued' AND NOT EXISTS (SELECT 1 FROM invoice_files f WHERE f.invoice_id = i.id AND f.kind = 'pdf');
      CREATE TRIGGER invoice_files_backfill_only_at_upgrade BEFORE INSERT ON invoice_files_backfill
        ${refuse('Seule la mise à jour de Facturier met des fichiers en attente.')}
      CREATE TRIGGER invoice_files_backfill_done BEFORE DELETE ON invoice_files_backfill
        WHEN NOT EXISTS (SELECT 1 FROM invoice_files WHERE invoice_id = OLD.invoice_id AND kind = 'pdf')
        ${refuse('Les fichiers de cette pièce ne sont pas encore produits.')}

      CREATE TRIGGER invoices_born_draft BEFORE INSERT ON invoices WHEN NEW.status IS NOT 'draft'
        ${refuse('Une pièce naît brouillon : seule l’émission lui donne un numéro.')}
      CREATE TRIGGER invoices_issue_takes_next_number BEFORE UPDATE OF status ON invoices
        WHEN OLD.status = 'draft' AND NEW.status = 'issued' AND NEW.sequence IS NOT
          COALESCE((SELECT last_sequence FROM number_sequences WHERE company_id = NEW.company_id AND series = NEW.series AND period = NEW.period), 0) + 1
        ${refuse('Une pièce émise prend le numéro suivant de sa série, sans trou ni doublon.')}
      CREATE TRIGGER invoices_issue_advances_number AFTER UPDATE OF status ON invoices
        WHEN OLD.status = 'draft' AND NEW.status = 'issued'
        BEGIN
          UPDATE number_sequences SET last_sequence = last_sequence + 1
            WHERE company_id = NEW.company_id AND series = NEW.series AND period = NEW.period;
          INSERT INTO number_sequences (company_id, series, period, last_sequence)
            SELECT NEW.company_id, NEW.series, NEW.period, 1
            WHERE NOT EXISTS (SELECT 1 FROM number_sequences WHERE company_id = NEW.company_id AND series = NEW.series AND period = NEW.period);
        END;
      CREATE TRIGGER number_sequences_only_by_issue_insert BEFORE INSERT ON number_sequences
        WHEN NEW.last_sequence IS NOT 1 OR NOT EXISTS (SELECT 1 FROM invoices
          WHERE company_id = NEW.company_id AND series = NEW.series AND period = NEW.period AND sequence = 1 AND status = 'issued')
        ${NUMBERING_ONLY_BY_ISSUE}
      CREATE TRIGGER number_sequences_only_by_issue_update BEFORE UPDATE ON number_sequences
        WHEN NOT EXISTS (SELECT 1 FROM invoices
          WHERE company_id = NEW.company_id AND series = NEW.series AND period = NEW.period AND sequence = NEW.last_sequence AND status = 'issued')
        ${NUMBERING_ONLY_BY_ISSUE}

      CREATE TRIGGER payments_on_issued_invoice BEFORE INSERT ON payments
        WHEN NOT EXISTS (SELECT 1 FROM invoices WHERE id = NEW.invoice_id AND status = 'issued' AND type_code = '380')
        ${refuse('Un paiement se rapporte à une facture émise.')}

      CREATE TRIGGER invoice_balances_opened_at_issue BEFORE INSERT ON invoice_balances
        WHEN NEW.paid_cents IS NOT 0 OR NEW.credited_cents IS NOT 0 OR NOT EXISTS (SELECT 1 FROM invoices
          WHERE id = NEW.invoice_id AND status = 'issued' AND type_code = '380' AND due_cents = NEW.remaining_cents)
        ${refuse('Le solde d’une facture s’ouvre à son émission, au montant dû.')}
      CREATE TRIGGER invoice_balances_derived BEFORE UPDATE ON invoice_balances
        WHEN NEW.invoice_id IS NOT OLD.invoice_id
          OR NEW.paid_cents IS NOT (SELECT COALESCE(SUM(amount_cents), 0) FROM payments WHERE invoice_id = NEW.invoice_id)
          OR NEW.credited_cents IS NOT (SELECT COALESCE(SUM(total_cents), 0) FROM invoices
            WHERE corrected_invoice_id = NEW.invoice_id AND type_code = '381' AND status = 'issued')
          OR NEW.remaining_cents IS NOT (SELECT due_cents FROM invoices WHERE id = NEW.invoice_id) - NEW.paid_cents - NEW.credited_cents
          OR NEW.company_id IS NOT (SELECT company_id FROM invoices WHERE id = NEW.invoice_id)
          OR NEW.customer_id IS NOT (SELECT customer_id FROM invoices WHERE id = NEW.invoice_id)
          OR NEW.issue_date IS NOT (SELECT issue_date FROM invoices WHERE id = NEW.invoice_id)
          OR NEW.due_date IS NOT (SELECT due_date FROM invoices WHERE id = NEW.invoice_id)
        ${refuse('Le solde d’une facture découle de ses paiements et de ses avoirs : il ne se modifie pas à la main.')}
      CREATE TRIGGER invoice_balances_no_delete BEFORE DELETE ON invoice_balances
        ${refuse('Le solde d’une facture émise ne se supprime pas.')}
    `);
  },
};
