import type { Database } from 'better-sqlite3';

/** Every column of an invoice row, as the verification compares them. */
export interface InvoiceRecordRow {
  id: number;
  company_id: number;
  type_code: string;
  /** Generated from the document (migration 0013): 380, 381 or 386. */
  document_type_code: string;
  status: string;
  customer_id: number | null;
  corrected_invoice_id: number | null;
  series: string | null;
  period: number | null;
  sequence: number | null;
  number: string | null;
  issue_date: string;
  due_date: string | null;
  buyer_name: string;
  net_cents: number;
  total_cents: number;
  due_cents: number;
  document: string;
  document_hash: string | null;
  created_at: string;
  updated_at: string;
  issued_at: string | null;
}

export interface PaymentRecordRow {
  id: number;
  invoice_id: number;
  paid_on: string;
  amount_cents: number;
  mode: string;
  note: string;
  created_at: string;
}

export interface FileRecordRow {
  invoice_id: number;
  kind: string;
  mime_type: string;
  bytes: Buffer;
  sha256: string;
  created_at: string;
}

export interface BalanceRecordRow {
  invoice_id: number;
  paid_cents: number;
  credited_cents: number;
  remaining_cents: number;
  company_id: number | null;
  customer_id: number | null;
  issue_date: string | null;
  due_date: string | null;
}

export interface SequenceRecordRow {
  company_id: number;
  series: string;
  period: number;
  last_sequence: number;
}

/**
 * Read-only access to every table of the legal record, for the verification (verify-journal.ts). Rows
 * come whole and one at a time where they can be many; nothing here writes.
 */
export function createRecordRepository(db: Database) {
  const ids = (sql: string) => () => db.prepare<[], number>(sql).pluck().all();
  return {
    invoices: (): IterableIterator<InvoiceRecordRow> => db.prepare<[], InvoiceRecordRow>('SELECT * FROM invoices ORDER BY id').iterate(),
    payments: (): PaymentRecordRow[] => db.prepare<[], PaymentRecordRow>('SELECT * FROM payments ORDER BY id').all(),
    files: (): IterableIterator<FileRecordRow> =>
      db.prepare<[], FileRecordRow>('SELECT invoice_id, kind, mime_type, bytes, sha256, created_at FROM invoice_files ORDER BY invoice_id, kind').iterate(),
    balances: (): BalanceRecordRow[] => db.prepare<[], BalanceRecordRow>('SELECT * FROM invoice_balances ORDER BY invoice_id').all(),
    sequences: (): SequenceRecordRow[] => db.prepare<[], SequenceRecordRow>('SELECT * FROM number_sequences ORDER BY company_id, series, period').all(),
    companySirets: (): Map<string, number> =>
      new Map(db.prepare<[], { id: number; siret: string }>('SELECT id, siret FROM companies').all().map((row) => [row.siret, row.id])),
    customerIds: ids('SELECT id FROM customers'),
    catalogueIds: ids('SELECT id FROM catalogue_items'),
    queuedForBackfill: ids('SELECT invoice_id FROM invoice_files_backfill'),
  };
}

export type RecordRepository = ReturnType<typeof createRecordRepository>;
