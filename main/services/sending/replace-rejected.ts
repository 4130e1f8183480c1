import { parisToday } from '@shared/dates/french-dates';
import { InvoiceDocument } from '@shared/invoicing/invoice-document';
import { AppError } from '../../errors/app-error';
import type { Clock } from '../clock';
import type { InvoicingServices } from '../invoicing/create-invoicing-services';
import { draftFromDocument } from '../invoicing/draft-from-document';
import { createJournal, type SealSource } from '../journal/journal';
import type { SendingStore } from './sending-store';
import type { Database } from 'better-sqlite3';

export interface Replacement {
  creditNoteId: number;
  newInvoiceId: number;
}

/**
 * The guided way out of a rejection (REJETEE, or a deposit Chorus Pro refused), the same on both paths:
 * an invoice stays issued under its number (numbering has no gap), a credit note cancels it, and a new
 * invoice saying the same, to correct before issuing, replaces it under the next number. Both are drafts:
 * the user reads, corrects and issues them. Asked twice, it gives back the drafts already prepared.
 */
export function createReplaceRejected(db: Database, store: SendingStore, invoicing: InvoicingServices, clock: Clock, seal: SealSource) {
  const journal = createJournal(db, seal);
  const exists = db.prepare<[number], { id: number }>('SELECT id FROM invoices WHERE id = ?');

  function previous(invoiceId: number): Replacement | null {
    const entry = journal.forEntity('invoice', invoiceId).filter((e) => e.kind === 'sending.replaced').at(-1);
    if (!entry) return null;
    const ids = { creditNoteId: Number(entry.payload.creditNoteId), newInvoiceId: Number(entry.payload.newInvoiceId) };
    return exists.get(ids.creditNoteId) && exists.get(ids.newInvoiceId) ? ids : null;
  }

  return (invoiceId: number): Replacement => {
    return store.write(() => {
      const row = store.sendings.get(invoiceId);
      const isRejected = row !== null && (row.stage === 'flux_rejected' || row.chorus_status === 'REJETEE');
      if (!row || !isRejected) throw new AppError('sending_not_possible', 'Seule une pièce rejetée se remplace par un avoir et une nouvelle facture.');
      if (row.type_code !== '380') throw new AppError('sending_not_possible', 'Un avoir rejeté se corrige par un nouvel avoir sur la facture d’origine.');
      const already = previous(invoiceId);
      if (already) return already;
      const detail = invoicing.queries.get(invoiceId);
      const document = InvoiceDocument.parse(detail.document);
      const creditNoteId = invoicing.drafts.createCreditNote(invoiceId);
      const downPayments = detail.customerId === null ? [] : invoicing.queries.downPayments(detail.customerId);
      const downPaymentId = (number: string) => downPayments.find((d) => d.number === number)?.id ?? null;
      const newInvoiceId = invoicing.drafts.create(draftFromDocument(document, detail.customerId, parisToday(clock.now()), downPaymentId));
      store.journalize(invoiceId, 'replaced', { creditNoteId, newInvoiceId, reason: row.chorus_status === 'REJETEE' ? 'REJETEE' : 'flux_rejected' });
      return { creditNoteId, newInvoiceId };
    });
  };
}
