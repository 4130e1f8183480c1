import type { Database } from 'better-sqlite3';
import { InvoiceDocument } from '@shared/invoicing/invoice-document';
import { createInvoiceFileRepository } from '../../db/repositories/invoice-file-repository';
import type { Clock } from '../clock';
import { createJournal, type SealSource } from '../journal/journal';
import { fileHashes, produceFiles } from './issued-files';

export interface BackfillResult {
  made: number;
  /** Invoices whose files could not be made; they stay queued and the verification names them. */
  failed: Array<{ invoiceId: number; reason: string }>;
}

/**
 * At the first start after the upgrade to files-at-issue (migration 0007): the invoices issued earlier
 * without files get them now, from their frozen document, each in its own transaction, journaled as
 * `invoice.files.backfilled`. The logo of their issuing moment is unknown (it was never stored with
 * them), so these PDFs carry none rather than a later one: a PDF must not depend on when it was made.
 */
export function backfillFiles(db: Database, seal: SealSource, clock: Clock): BackfillResult {
  const files = createInvoiceFileRepository(db);
  const journal = createJournal(db, seal);
  const result: BackfillResult = { made: 0, failed: [] };
  for (const invoiceId of files.queuedForBackfill()) {
    try {
      db.transaction(() => {
        if (!files.forInvoice(invoiceId).has('pdf')) {
          const document = files.issuedDocument(invoiceId);
          if (document === null) throw new Error('not an issued invoice');
          const made = produceFiles(InvoiceDocument.parse(JSON.parse(document)), null);
          const now = clock.now().toISOString();
          for (const file of made) files.insert(invoiceId, file, now);
          journal.append({ at: now, kind: 'invoice.files.backfilled', entity: 'invoice', entityId: invoiceId, payload: { ...fileHashes(made), reason: 'upgrade' } });
          result.made += 1;
        }
        files.dequeue(invoiceId);
      }).immediate();
    } catch (error) {
      result.failed.push({ invoiceId, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return result;
}
