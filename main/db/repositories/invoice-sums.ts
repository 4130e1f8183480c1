import type { Statement } from 'better-sqlite3';
import { applyConditions } from '../dynamic-query';
import type { InvoiceListQuery } from '@shared/invoicing/invoice-views';

/**
 * What the invoices matching a list filter still bring in, over every page (not capped like the count).
 * Only issued invoices (type 380) have a balance row, and migration 6 copies their company, customer and
 * dates into it, so the sum reads the partial covering index invoice_balances_open_sums alone: a few
 * milliseconds for 100 000 invoices, where joining the invoices would read every row. A filter on the kind
 * (380 or 386, both owed) asks the invoices of that kind through their index (invoices_by_document_type).
 */
export function sumRemainingCents(statement: (sql: string) => Statement, companyId: number, query: InvoiceListQuery, today: string, ftsMatch: string | null): number {
  // Drafts, credit notes and settled invoices owe nothing: no need to ask the database.
  if (query.status === 'draft' || query.status === 'paid' || query.status === 'credited' || query.typeCode === '381') return 0;
  const where = ['b.company_id = @companyId', 'b.remaining_cents > 0'];
  const params: Record<string, unknown> = { companyId };
  applyConditions(where, params, [
    ['customerId', query.customerId, 'b.customer_id = @customerId'],
    ['typeCode', query.typeCode, 'b.invoice_id IN (SELECT id FROM invoices WHERE company_id = @companyId AND document_type_code = @typeCode)'],
    ['from', query.from, 'b.issue_date >= @from'],
    ['to', query.to, 'b.issue_date <= @to'],
    ['today', query.status === 'overdue' ? today : undefined, 'b.due_date < @today'],
    ['match', ftsMatch, 'b.invoice_id IN (SELECT rowid FROM invoice_search WHERE invoice_search MATCH @match)'],
  ]);
  return statement(`SELECT coalesce(sum(b.remaining_cents), 0) FROM invoice_balances b WHERE ${where.join(' AND ')}`).pluck().get(params) as number;
}
