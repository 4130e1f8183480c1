import type { Database } from 'better-sqlite3';

export interface SendingStatusRow {
  id: number;
  invoice_id: number;
  status: string;
  status_at: string;
  comment: string;
  source: 'api' | 'manual';
  recorded_at: string;
}

/** The Chorus Pro statuses a piece went through (facts: inserted once, never changed). */
export function createSendingStatusRepository(db: Database) {
  const insert = db.prepare(
    `INSERT INTO sending_statuses (invoice_id, status, status_at, comment, source, recorded_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (invoice_id, source, status, status_at) DO NOTHING`,
  );
  const forInvoice = db.prepare<[number], SendingStatusRow>('SELECT * FROM sending_statuses WHERE invoice_id = ? ORDER BY status_at, id');
  return {
    /** False when this very status (same source, code and date) was already recorded: the API repeats its history. */
    insert(invoiceId: number, status: { status: string; at: string; comment: string; source: 'api' | 'manual' }, now: string): boolean {
      return insert.run(invoiceId, status.status, status.at, status.comment, status.source, now).changes === 1;
    },
    forInvoice: (invoiceId: number): SendingStatusRow[] => forInvoice.all(invoiceId),
  };
}

export type SendingStatusRepository = ReturnType<typeof createSendingStatusRepository>;
