import type { Database } from 'better-sqlite3';
import type { InvoiceTypeCode } from '@shared/invoicing/invoice-document';
import type { ReceiptSource } from '@shared/receipts/receipts-book';

/** One issued invoice or credit note as the archive and its ledger list it. */
export interface LedgerRow {
  id: number;
  /** The kind the document says: 380, 381 or 386 (facture d'acompte). */
  typeCode: InvoiceTypeCode;
  number: string;
  issueDate: string;
  buyerName: string;
  buyerSiret: string | null;
  buyerSiren: string | null;
  netCents: number;
  totalCents: number;
  paidCents: number;
}

/**
 * The reads behind the exports: issued pieces in number order, their files one invoice at a time (an
 * archive of 10 000 invoices never holds more than one invoice's files in memory), and the payments of a
 * period with what the receipts book needs of the invoice they pay.
 */
export function createExportQueries(db: Database) {
  // Keyset pages, never an iterator held open across the export's awaits (it would hold a read snapshot
  // and keep other calls from using the connection). `issued_at <= until` leaves out what is issued meanwhile.
  const ledgerPage = db.prepare<[number, string, string, number, number], LedgerRow>(
    `SELECT i.id, i.document_type_code AS typeCode, i.number, i.issue_date AS issueDate, i.buyer_name AS buyerName,
       json_extract(i.document, '$.buyer.siret') AS buyerSiret, json_extract(i.document, '$.buyer.siren') AS buyerSiren,
       i.net_cents AS netCents, i.total_cents AS totalCents, coalesce(b.paid_cents, 0) AS paidCents
     FROM invoices i LEFT JOIN invoice_balances b ON b.invoice_id = i.id
     WHERE i.company_id = ? AND i.status = 'issued' AND i.issued_at <= ? AND (i.issue_date, i.id) > (?, ?)
     ORDER BY i.issue_date, i.id LIMIT ?`,
  );
  const count = db.prepare<[number, string], { n: number }>("SELECT count(*) AS n FROM invoices WHERE company_id = ? AND status = 'issued' AND issued_at <= ?");
  const files = db.prepare<[number], { kind: 'pdf' | 'cii' | 'ubl'; bytes: Buffer; sha256: string }>(
    "SELECT kind, bytes, sha256 FROM invoice_files WHERE invoice_id = ? AND kind IN ('pdf', 'cii', 'ubl') ORDER BY kind",
  );
  const receipts = db.prepare<[number, string, string], { paymentId: number; paidOn: string; amountCents: number; mode: string; invoiceNumber: string; invoiceTypeCode: InvoiceTypeCode; buyerName: string; invoiceNetCents: number; invoiceTotalCents: number; lines: string }>(
    `SELECT p.id AS paymentId, p.paid_on AS paidOn, p.amount_cents AS amountCents, p.mode, i.number AS invoiceNumber,
       i.document_type_code AS invoiceTypeCode, i.buyer_name AS buyerName, i.net_cents AS invoiceNetCents, i.total_cents AS invoiceTotalCents, json_extract(i.document, '$.lines') AS lines
     FROM payments p JOIN invoices i ON i.id = p.invoice_id
     WHERE i.company_id = ? AND p.paid_on BETWEEN ? AND ? ORDER BY p.paid_on, p.id`,
  );
  return {
    countIssued: (companyId: number, until: string): number => count.get(companyId, until)?.n ?? 0,
    /** The next `size` pieces after `after` (issue date, id), issued up to `until`. */
    ledgerPage: (companyId: number, until: string, after: { issueDate: string; id: number }, size: number): LedgerRow[] =>
      ledgerPage.all(companyId, until, after.issueDate, after.id, size),
    filesOf: (invoiceId: number) => files.all(invoiceId),
    receipts: (companyId: number, from: string, to: string): ReceiptSource[] =>
      receipts.all(companyId, from, to).map((row) => ({ ...row, lines: JSON.parse(row.lines) as ReceiptSource['lines'] })),
  };
}

export type ExportQueries = ReturnType<typeof createExportQueries>;
