import type { Database } from 'better-sqlite3';

export interface PaymentRecord {
  id: number;
  paidOn: string;
  amountCents: number;
  mode: string;
  note: string;
}

export function createPaymentRepository(db: Database) {
  const insert = db.prepare('INSERT INTO payments (invoice_id, paid_on, amount_cents, mode, note, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  const forInvoice = db.prepare<[number], PaymentRecord>(
    'SELECT id, paid_on AS paidOn, amount_cents AS amountCents, mode, note FROM payments WHERE invoice_id = ? ORDER BY paid_on, id',
  );
  return {
    insert: (invoiceId: number, payment: Omit<PaymentRecord, 'id'>, now: string): number =>
      Number(insert.run(invoiceId, payment.paidOn, payment.amountCents, payment.mode, payment.note, now).lastInsertRowid),
    forInvoice: (invoiceId: number): PaymentRecord[] => forInvoice.all(invoiceId),
  };
}
