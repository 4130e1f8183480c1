import type { Database } from 'better-sqlite3';

export interface DownPaymentRow {
  id: number;
  number: string;
  issue_date: string;
  total_cents: number;
  /** The issued final invoice that already deducts it, if any. */
  deducted_by: string | null;
}

/**
 * The issued down-payment invoices (type 386 in their frozen document) of a customer, and which issued
 * invoice already deducts each one (its document lists the down payment's number in invoice.downPayments).
 */
export function createDownPaymentQueries(db: Database) {
  const ofCustomer = db.prepare<{ companyId: number; customerId: number }, DownPaymentRow>(
    `SELECT i.id, i.number, i.issue_date, i.total_cents,
            (SELECT f.number FROM invoices f, json_each(f.document, '$.invoice.downPayments') d
              WHERE f.company_id = i.company_id AND f.status = 'issued' AND json_extract(d.value, '$.number') = i.number
                AND NOT EXISTS (SELECT 1 FROM invoice_balances b WHERE b.invoice_id = f.id AND b.credited_cents >= f.total_cents)
              ORDER BY f.id LIMIT 1) AS deducted_by
       FROM invoices i
      WHERE i.company_id = @companyId AND i.customer_id = @customerId AND i.status = 'issued'
        AND json_extract(i.document, '$.invoice.typeCode') = '386'
      ORDER BY i.issue_date, i.id`,
  );
  return {
    ofCustomer: (companyId: number, customerId: number): DownPaymentRow[] => ofCustomer.all({ companyId, customerId }),
  };
}
