import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InvoiceDocument } from '@shared/invoicing/invoice-document';
import { effectiveDueDate } from '@shared/invoicing/seller-mentions';
import { computeTotals } from '@shared/invoicing/totals';
import { databasePath } from '../../main/db/open-database';
import { canonicalJson } from '../../main/services/journal/canonical-json';
import { eventHash, GENESIS_HASH, sha256, type JournalEvent } from '../../main/services/journal/journal-hash';
import { CORPUS_DIR } from './corpus/corpus';
import { databaseAt } from './migration-harness';
import { sampleLogo } from './pdf/png-encode';

export const LEGACY_NUMBER = 'F2025-0001';

/**
 * A database as Facturier 0.1 (schema 6) left it after the bug of issue 8: an invoice issued, its files
 * never made (the process was killed between the issue and the files), a plain SHA-256 journal, and the
 * company's logo changed since. Written by SQL, the way that version wrote it.
 */
export function writeLegacyDatabase(dataDir: string): InvoiceDocument {
  const document = InvoiceDocument.parse(JSON.parse(readFileSync(join(CORPUS_DIR, 'me-franchise-mairie.json'), 'utf8')));
  const db = databaseAt(6, databasePath(dataDir));
  const at = '2025-03-14T09:00:00.000Z';
  db.prepare(
    `INSERT INTO companies (legal_name, siret, address_line1, postcode, city, created_at, updated_at, logo, logo_type)
     VALUES ('Jean Dupont EI', '73282932000074', '12 rue de la Roquette', '75011', 'Paris', ?, ?, ?, 'image/png')`,
  ).run(at, at, sampleLogo());
  db.prepare("INSERT INTO customers (company_id, kind, name, siret, data, created_at, updated_at) VALUES (1, 'public', 'Commune de Nantes', '21440109300015', '{}', ?, ?)").run(at, at);
  const frozen = canonicalJson(document);
  const totals = computeTotals(document).totals;
  db.prepare(
    `INSERT INTO invoices (company_id, type_code, status, customer_id, series, period, sequence, number, issue_date, due_date, buyer_name,
       net_cents, total_cents, due_cents, document, document_hash, created_at, updated_at, issued_at)
     VALUES (1, '380', 'issued', 1, 'F{YYYY}-{seq:0000}', 2025, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(LEGACY_NUMBER, document.invoice.issueDate, effectiveDueDate(document.invoice), document.buyer.legalName, totals.taxBasisTotal, totals.grandTotal, totals.dueAmount, frozen, sha256(frozen), at, at, at);
  db.prepare("INSERT INTO number_sequences VALUES (1, 'F{YYYY}-{seq:0000}', 2025, 1)").run();
  db.prepare('INSERT INTO invoice_balances (invoice_id, remaining_cents) VALUES (1, ?)').run(totals.dueAmount);
  const events: JournalEvent[] = [
    { at, kind: 'customer.created', entity: 'customer', entityId: 1, payload: {} },
    { at, kind: 'invoice.draft.created', entity: 'invoice', entityId: 1, payload: { typeCode: '380', customerId: 1, totalCents: totals.grandTotal } },
    { at, kind: 'invoice.issued', entity: 'invoice', entityId: 1, payload: { number: LEGACY_NUMBER, documentHash: sha256(frozen), totalCents: totals.grandTotal, correctedInvoiceId: null } },
  ];
  let previous = GENESIS_HASH;
  events.forEach((event, index) => {
    const hash = eventHash(previous, event);
    db.prepare('INSERT INTO journal VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(index + 1, event.at, event.kind, event.entity, event.entityId, canonicalJson(event.payload), previous, hash);
    previous = hash;
  });
  db.close();
  return document;
}
