import type { InvoiceSummary } from '@shared/invoicing/invoice-views';
import type { SummaryRow } from '../../db/repositories/invoice-repository';

/**
 * An invoice whose balance reached zero is `credited` when credit notes cover its whole total (the list
 * filter `credited` finds it), otherwise `paid` (filter `paid`): both filters split the settled invoices.
 */
function paymentState(row: SummaryRow): InvoiceSummary['paymentState'] {
  if (row.status === 'draft') return 'draft';
  // A credit note is owed by nobody: it has its own state rather than a misleading "paid".
  if (row.type_code === '381') return 'credited-note';
  const remaining = row.remaining_cents ?? row.due_cents;
  if (remaining <= 0) return (row.credited_cents ?? 0) >= row.total_cents ? 'credited' : 'paid';
  return (row.paid_cents ?? 0) > 0 || (row.credited_cents ?? 0) > 0 ? 'partially-paid' : 'unpaid';
}

/** The list row of an invoice: what is owed and whether it is late, as of `today` (Paris). */
export function toSummary(row: SummaryRow, today: string): InvoiceSummary {
  const isOpenInvoice = row.status === 'issued' && row.type_code === '380';
  const remainingCents = isOpenInvoice ? Math.max(0, row.remaining_cents ?? row.due_cents) : 0;
  return {
    id: row.id,
    typeCode: row.document_type_code,
    status: row.status,
    number: row.number,
    issueDate: row.issue_date,
    dueDate: row.due_date,
    customerId: row.customer_id,
    buyerName: row.buyer_name,
    totalCents: row.total_cents,
    remainingCents,
    paymentState: paymentState(row),
    isOverdue: isOpenInvoice && remainingCents > 0 && row.due_date !== null && row.due_date < today,
  };
}
