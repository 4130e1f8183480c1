import type { Database } from 'better-sqlite3';

/** `portal_pdf`: the plain PDF for the portal's unit deposit (since migration 0011; older pieces have none). */
export type InvoiceFileKind = 'pdf' | 'cii' | 'ubl' | 'logo' | 'portal_pdf';

export interface StoredFile {
  kind: InvoiceFileKind;
  mimeType: string;
  bytes: Buffer;
  sha256: string;
}

export function createInvoiceFileRepository(db: Database) {
  const insert = db.prepare('INSERT INTO invoice_files (invoice_id, kind, mime_type, bytes, sha256, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  const all = db.prepare<[number], { kind: InvoiceFileKind; mime_type: string; bytes: Buffer; sha256: string }>(
    'SELECT kind, mime_type, bytes, sha256 FROM invoice_files WHERE invoice_id = ?',
  );
  const queued = db.prepare<[], { invoice_id: number }>('SELECT invoice_id FROM invoice_files_backfill ORDER BY invoice_id');
  const issuedDocument = db.prepare<[number], { document: string }>("SELECT document FROM invoices WHERE id = ? AND status = 'issued'");
  const dequeue = db.prepare('DELETE FROM invoice_files_backfill WHERE invoice_id = ?');
  return {
    /** Invoices issued before files were made at issue, still waiting for theirs (migration 0007). */
    queuedForBackfill: (): number[] => queued.all().map((row) => row.invoice_id),
    issuedDocument: (invoiceId: number): string | null => issuedDocument.get(invoiceId)?.document ?? null,
    dequeue: (invoiceId: number) => void dequeue.run(invoiceId),
    insert: (invoiceId: number, file: StoredFile, now: string) => void insert.run(invoiceId, file.kind, file.mimeType, file.bytes, file.sha256, now),
    forInvoice(invoiceId: number): Map<InvoiceFileKind, StoredFile> {
      return new Map(all.all(invoiceId).map((row) => [row.kind, { kind: row.kind, mimeType: row.mime_type, bytes: row.bytes, sha256: row.sha256 }]));
    },
  };
}
