import type { Database } from 'better-sqlite3';
import { canonicalJson } from './canonical-json';
import { createJournal, eventHash, GENESIS_HASH, sha256 } from './journal';

export interface JournalVerification {
  isIntact: boolean;
  checkedEvents: number;
  /** The first broken link, in French, with the journal entry it was found at. */
  firstBreak: { seq: number | null; reason: string } | null;
}

/**
 * Walks the journal from the start, recomputing every hash, then checks that each issued invoice and
 * each payment still matches what the journal recorded when it happened. Names the first broken link.
 */
export function verifyJournal(db: Database): JournalVerification {
  const journal = createJournal(db);
  let previous = GENESIS_HASH;
  let checked = 0;
  const issued = new Map<number, string>();
  const paid = new Map<number, { amountCents: number; paidOn: string; invoiceId: number }>();
  const fileHashes = new Map<string, string>();
  for (const row of journal.rows()) {
    if (row.previous_hash !== previous) return broken(checked, row.seq, `l’entrée n° ${row.seq} ne suit pas la précédente (maillon supprimé ou inséré)`);
    if (eventHash(previous, row.event) !== row.hash) return broken(checked, row.seq, `l’entrée n° ${row.seq} a été modifiée après coup`);
    previous = row.hash;
    checked += 1;
    const payload = row.event.payload;
    if (row.kind.endsWith('.issued') && row.entity_id !== null) issued.set(row.entity_id, String(payload.documentHash));
    if (row.kind === 'invoice.files.generated' && row.entity_id !== null) {
      for (const [kind, hash] of Object.entries(payload)) fileHashes.set(`${row.entity_id}/${kind}`, String(hash));
    }
    if (row.kind === 'payment.recorded' && row.entity_id !== null) {
      paid.set(Number(payload.paymentId), { amountCents: Number(payload.amountCents), paidOn: String(payload.paidOn), invoiceId: row.entity_id });
    }
  }

  const invoices = db.prepare<[], { id: number; number: string; document: string; document_hash: string }>(
    "SELECT id, number, document, document_hash FROM invoices WHERE status = 'issued' ORDER BY id",
  );
  for (const invoice of invoices.iterate()) {
    const recorded = issued.get(invoice.id);
    const actual = sha256(canonicalJson(JSON.parse(invoice.document)));
    if (recorded === undefined) return broken(checked, null, `la facture ${invoice.number} n’a pas d’émission au journal`);
    if (actual !== invoice.document_hash || actual !== recorded) return broken(checked, null, `la facture ${invoice.number} a été modifiée après son émission`);
  }
  const payments = db.prepare<[], { id: number; invoice_id: number; amount_cents: number; paid_on: string }>('SELECT id, invoice_id, amount_cents, paid_on FROM payments ORDER BY id');
  for (const payment of payments.iterate()) {
    const recorded = paid.get(payment.id);
    if (!recorded || recorded.amountCents !== payment.amount_cents || recorded.paidOn !== payment.paid_on || recorded.invoiceId !== payment.invoice_id) {
      return broken(checked, null, `le paiement n° ${payment.id} ne correspond pas au journal`);
    }
  }
  const files = db.prepare<[], { invoice_id: number; number: string; kind: string; bytes: Buffer; sha256: string }>(
    'SELECT f.invoice_id, i.number, f.kind, f.bytes, f.sha256 FROM invoice_files f JOIN invoices i ON i.id = f.invoice_id ORDER BY f.invoice_id, f.kind',
  );
  for (const file of files.iterate()) {
    const recorded = fileHashes.get(`${file.invoice_id}/${file.kind}`);
    if (recorded !== file.sha256 || sha256(file.bytes) !== recorded) {
      return broken(checked, null, `le fichier ${file.kind.toUpperCase()} de la facture ${file.number} ne correspond pas au journal`);
    }
  }
  return { isIntact: true, checkedEvents: checked, firstBreak: null };
}

function broken(checkedEvents: number, seq: number | null, reason: string): JournalVerification {
  return { isIntact: false, checkedEvents, firstBreak: { seq, reason: `Journal altéré : ${reason}.` } };
}
