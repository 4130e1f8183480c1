import type { BalanceRecordRow, FileRecordRow, InvoiceRecordRow, PaymentRecordRow } from '../../../db/repositories/record-repository';
import { logoType } from '../../company/logo-image';
import { FILE_MIME } from '../../documents/issued-files';
import { sha256 } from '../journal-hash';
import { Findings, ofPiece, pieceLabel, sameInstant } from './findings';
import type { JournalFacts } from './journal-walk';

type Invoices = ReadonlyMap<number, InvoiceRecordRow>;

const of = (invoices: Invoices, id: number) => ofPiece(invoices.get(id), id);

/** Each payment against its journal entry, both ways. */
export function checkPayments(payments: readonly PaymentRecordRow[], invoices: Invoices, facts: JournalFacts, findings: Findings): void {
  const ids = new Set<number>();
  for (const payment of payments) {
    ids.add(payment.id);
    const piece = `Paiement n° ${payment.id} ${of(invoices, payment.invoice_id)}`;
    const invoice = invoices.get(payment.invoice_id);
    if (!invoice || invoice.status !== 'issued' || invoice.type_code !== '380') findings.error(piece, 'invoice_id', 'Ce paiement se rapporte à une pièce qui n’est pas une facture émise.');
    const entry = facts.payments.get(payment.id);
    if (!entry) {
      findings.error(piece, 'id', 'Ce paiement n’a pas d’entrée au journal : il a été ajouté ou modifié hors de Facturier.');
      continue;
    }
    const recorded: Partial<Record<keyof PaymentRecordRow, unknown>> = {
      invoice_id: entry.entityId,
      paid_on: entry.payload.paidOn,
      amount_cents: entry.payload.amountCents,
      mode: entry.payload.mode,
      // The note is journaled since this version; older entries do not have it.
      note: 'note' in entry.payload ? entry.payload.note : undefined,
    };
    for (const [column, value] of Object.entries(recorded)) {
      const stored = payment[column as keyof PaymentRecordRow];
      if (value !== undefined && stored !== value) findings.error(piece, column, `La colonne ${column} vaut ${JSON.stringify(stored)} alors que le journal a enregistré ${JSON.stringify(value)}.`, entry.seq);
    }
    if (!sameInstant(payment.created_at, entry.at)) findings.error(piece, 'created_at', `La date d’enregistrement (${payment.created_at}) n’est pas celle du journal (${entry.at}).`, entry.seq);
  }
  for (const [id, entry] of facts.payments) {
    if (!ids.has(id)) findings.error(`Paiement n° ${id} ${of(invoices, entry.entityId ?? 0)}`, null, `Ce paiement, enregistré au journal le ${entry.at.slice(0, 10)}, a été supprimé.`, entry.seq);
  }
}

/** Each balance equals what its invoice is owed: amount due less the payments and the issued credit notes. */
export function checkBalances(balances: readonly BalanceRecordRow[], payments: readonly PaymentRecordRow[], invoices: Invoices, findings: Findings): void {
  const paid = new Map<number, number>();
  for (const payment of payments) paid.set(payment.invoice_id, (paid.get(payment.invoice_id) ?? 0) + payment.amount_cents);
  const credited = new Map<number, number>();
  for (const row of invoices.values()) {
    if (row.status === 'issued' && row.type_code === '381' && row.corrected_invoice_id !== null) {
      credited.set(row.corrected_invoice_id, (credited.get(row.corrected_invoice_id) ?? 0) + row.total_cents);
    }
  }
  const byInvoice = new Map(balances.map((balance) => [balance.invoice_id, balance]));
  for (const balance of balances) {
    const invoice = invoices.get(balance.invoice_id);
    const piece = `Solde ${of(invoices, balance.invoice_id)}`;
    if (!invoice || invoice.status !== 'issued' || invoice.type_code !== '380') {
      findings.error(piece, 'invoice_id', 'Ce solde ne se rapporte à aucune facture émise.');
      continue;
    }
    const expected: Partial<Record<keyof BalanceRecordRow, unknown>> = {
      paid_cents: paid.get(invoice.id) ?? 0,
      credited_cents: credited.get(invoice.id) ?? 0,
      remaining_cents: invoice.due_cents - (paid.get(invoice.id) ?? 0) - (credited.get(invoice.id) ?? 0),
      company_id: invoice.company_id,
      customer_id: invoice.customer_id,
      issue_date: invoice.issue_date,
      due_date: invoice.due_date,
    };
    for (const [column, value] of Object.entries(expected)) {
      const stored = balance[column as keyof BalanceRecordRow];
      if (stored !== value) findings.error(piece, column, `La colonne ${column} vaut ${JSON.stringify(stored)} alors que les paiements, avoirs et la facture donnent ${JSON.stringify(value)}.`);
    }
  }
  for (const invoice of invoices.values()) {
    if (invoice.status === 'issued' && invoice.type_code === '380' && !byInvoice.has(invoice.id)) findings.error(`Solde ${of(invoices, invoice.id)}`, null, 'Le solde de cette facture a disparu.');
  }
}

const KINDS = ['pdf', 'cii', 'ubl'] as const;

/** Each issued piece has its PDF, CII and UBL (and the logo printed on it, and the portal's plain PDF) as the journal recorded them, byte for byte. */
export function checkFiles(files: Iterable<FileRecordRow>, invoices: Invoices, queued: ReadonlySet<number>, facts: JournalFacts, findings: Findings): number {
  const present = new Map<number, Set<string>>();
  let count = 0;
  for (const file of files) {
    count += 1;
    const invoice = invoices.get(file.invoice_id);
    const piece = `Fichier ${file.kind.toUpperCase()} ${of(invoices, file.invoice_id)}`;
    present.set(file.invoice_id, (present.get(file.invoice_id) ?? new Set()).add(file.kind));
    if (!invoice || invoice.status !== 'issued') {
      findings.error(piece, 'invoice_id', 'Ce fichier appartient à une pièce qui n’est pas émise.');
      continue;
    }
    const entry = facts.files.get(file.invoice_id);
    const recorded = entry?.payload[file.kind];
    if (!entry || typeof recorded !== 'string') {
      findings.error(piece, 'kind', 'Ce fichier n’a pas été enregistré au journal avec cette pièce : il a été ajouté hors de Facturier.', entry?.seq ?? null);
      continue;
    }
    if (file.sha256 !== recorded) findings.error(piece, 'sha256', 'L’empreinte enregistrée de ce fichier n’est pas celle du journal.', entry.seq);
    if (sha256(file.bytes) !== recorded) findings.error(piece, 'bytes', 'Le contenu de ce fichier a été remplacé : ce n’est plus celui qui a été émis.', entry.seq);
    const mime = file.kind === 'logo' ? logoType(file.bytes) : FILE_MIME[file.kind as Exclude<keyof typeof FILE_MIME, 'logo'>];
    if (file.mime_type !== mime) findings.error(piece, 'mime_type', `Le type enregistré (${file.mime_type}) n’est pas celui de ce fichier (${mime ?? 'inconnu'}).`, entry.seq);
    if (!sameInstant(file.created_at, entry.at)) findings.error(piece, 'created_at', `La date de production (${file.created_at}) n’est pas celle du journal (${entry.at}).`, entry.seq);
  }
  for (const invoice of invoices.values()) {
    if (invoice.status !== 'issued') continue;
    const name = of(invoices, invoice.id);
    if (queued.has(invoice.id)) {
      findings.warning(`Fichiers ${name}`, null, 'Les fichiers de cette pièce, émise avant cette version, attendent d’être produits : relancez Facturier ; si cela dure, le document figé ne peut pas être mis en forme.');
      continue;
    }
    const entry = facts.files.get(invoice.id);
    if (!entry) findings.error(`Fichiers ${name}`, null, 'Le journal n’a pas d’entrée de production des fichiers de cette pièce.');
    // The logo when one was printed; the portal's plain PDF for pieces issued since it exists (migration 0011).
    const kinds = new Set([...KINDS, ...Object.keys(entry?.payload ?? {}).filter((key) => key === 'logo' || key === 'portal_pdf')]);
    for (const kind of kinds) {
      if (!present.get(invoice.id)?.has(kind)) findings.error(`Fichier ${kind.toUpperCase()} ${name}`, null, 'Ce fichier a disparu du registre.', entry?.seq ?? null);
    }
  }
  return count;
}

/** Every journal entry has its row and every row its entry: drafts, customers and catalogue items. */
export function checkLifecycle(invoices: Invoices, customers: readonly number[], catalogue: readonly number[], facts: JournalFacts, findings: Findings): void {
  for (const [id, entries] of facts.invoices) {
    const row = invoices.get(id);
    // SQLite gives the id of the last row deleted to the next one: a deleted draft's id may live again.
    const isDeleted = entries.reduce((deleted, entry) => (entry.kind === 'invoice.draft.deleted' ? true : entry.kind === 'invoice.draft.created' ? false : deleted), false);
    const issued = facts.issued.get(id);
    if (!row && !isDeleted) {
      const name = issued ? `${issued.kind === 'credit-note.issued' ? 'Avoir' : 'Facture'} ${String(issued.payload.number)}` : `Brouillon n° ${id}`;
      findings.error(name, null, `Cette pièce, enregistrée au journal, a été supprimée hors de Facturier.`, entries.at(-1)?.seq ?? null);
    }
    if (row && isDeleted) findings.error(pieceLabel(row), null, 'Le journal a enregistré la suppression de ce brouillon, qui est pourtant là.');
    if (row && issued && row.status !== 'issued') findings.error(pieceLabel(row), 'status', `Le journal a émis cette pièce (n° ${String(issued.payload.number)}) ; elle est redevenue un brouillon.`, issued.seq);
  }
  for (const row of invoices.values()) {
    if (!facts.invoices.get(row.id)?.some((entry) => entry.kind === 'invoice.draft.created')) {
      findings.error(pieceLabel(row), 'id', 'Cette pièce n’a pas d’entrée de création au journal : elle a été ajoutée hors de Facturier.');
    }
  }
  const records = [
    { ids: customers, created: facts.created.customer, label: 'Client' },
    { ids: catalogue, created: facts.created.catalogue, label: 'Article' },
  ];
  for (const { ids, created, label } of records) {
    const present = new Set(ids);
    for (const id of created) if (!present.has(id)) findings.error(`${label} n° ${id}`, null, 'Enregistré au journal, il a été supprimé hors de Facturier.');
    // Customers and catalogue items are not legal records: one without entry is worth a look, no more.
    for (const id of ids) if (!created.has(id)) findings.warning(`${label} n° ${id}`, 'id', 'Il n’a pas d’entrée de création au journal.');
  }
}
