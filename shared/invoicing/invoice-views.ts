import { z } from 'zod';
import { isoDate } from '../dates/date-schema';
import { InvoiceDraftInputSchema } from './draft';
import { FINDING_CODES } from './findings';
import { INVOICE_TYPE_CODES, InvoiceDocument } from './invoice-document';

/** What the screens receive about invoices: summaries for lists, details for the editor and the detail page. */

export const FindingSchema = z.object({
  code: z.enum(FINDING_CODES),
  severity: z.enum(['error', 'warning']),
  field: z.string(),
  message: z.string(),
});

export const TotalsSchema = z.object({
  lineNets: z.array(z.number().int()),
  vatBreakdown: z.array(
    z.object({
      category: z.string(),
      rate: z.string(),
      base: z.number().int(),
      amount: z.number().int(),
      exemptionReason: z.string().optional(),
      exemptionCode: z.string().optional(),
    }),
  ),
  totals: z.object({
    lineTotal: z.number().int(),
    allowanceTotal: z.number().int(),
    chargeTotal: z.number().int(),
    taxBasisTotal: z.number().int(),
    taxTotal: z.number().int(),
    grandTotal: z.number().int(),
    prepaid: z.number().int(),
    dueAmount: z.number().int(),
  }),
});

/**
 * `paid`: settled by payments (possibly helped by a partial credit note); `credited`: an invoice whose
 * whole total was taken back by credit notes; `credited-note`: an issued credit note (owed by nobody).
 */
export const PAYMENT_STATES = ['draft', 'unpaid', 'partially-paid', 'paid', 'credited', 'credited-note'] as const;

export const InvoiceSummarySchema = z.object({
  id: z.number().int(),
  typeCode: z.enum(INVOICE_TYPE_CODES),
  status: z.enum(['draft', 'issued']),
  number: z.string().nullable(),
  issueDate: z.string(),
  dueDate: z.string().nullable(),
  customerId: z.number().int().nullable(),
  buyerName: z.string(),
  totalCents: z.number().int(),
  /** What is still owed (issued invoices; 0 for credit notes). */
  remainingCents: z.number().int(),
  paymentState: z.enum(PAYMENT_STATES),
  isOverdue: z.boolean(),
});
export type InvoiceSummary = z.infer<typeof InvoiceSummarySchema>;

/**
 * `total` stops at 200 for filtered lists (`isTotalCapped`): "plus de 200 factures". `sumRemainingCents`
 * is exact: what all the matching rows (every page, never capped) still bring in.
 */
export const InvoicePageSchema = z.object({
  rows: z.array(InvoiceSummarySchema),
  total: z.number().int(),
  isTotalCapped: z.boolean(),
  sumRemainingCents: z.number().int(),
});

export const PaymentSchema = z.object({
  id: z.number().int(),
  paidOn: z.string(),
  amountCents: z.number().int(),
  mode: z.string(),
  note: z.string(),
});

export const JournalLineSchema = z.object({ seq: z.number().int(), at: z.string(), kind: z.string(), hash: z.string() });

export const InvoiceDetailSchema = InvoiceSummarySchema.extend({
  /** The editable draft (drafts only). */
  draft: InvoiceDraftInputSchema.nullable(),
  /** The frozen document (issued only). */
  document: InvoiceDocument.nullable(),
  findings: z.array(FindingSchema),
  totals: TotalsSchema.nullable(),
  correctedInvoice: z.object({ id: z.number().int(), number: z.string().nullable() }).nullable(),
  creditNotes: z.array(InvoiceSummarySchema),
  payments: z.array(PaymentSchema),
  journal: z.array(JournalLineSchema),
  documentHash: z.string().nullable(),
});
export type InvoiceDetail = z.infer<typeof InvoiceDetailSchema>;

/** An issued down-payment invoice (386) a final invoice may deduct; `deductedBy`: the invoice that already does. */
export const DownPaymentSummarySchema = z.object({
  id: z.number().int(),
  number: z.string(),
  issueDate: z.string(),
  totalCents: z.number().int(),
  deductedBy: z.string().nullable(),
});
export type DownPaymentSummary = z.infer<typeof DownPaymentSummarySchema>;

export const InvoiceListQuerySchema = z.object({
  /**
   * `paid`: invoices settled by payments (balance ≤ 0, credit notes below the total); `credited`: invoices
   * wholly cancelled by credit notes, which are not "paid" and would distort what was cashed.
   */
  status: z.enum(['all', 'draft', 'issued', 'unpaid', 'overdue', 'paid', 'credited']).default('all'),
  typeCode: z.enum(INVOICE_TYPE_CODES).optional(),
  customerId: z.number().int().positive().optional(),
  from: isoDate('La date de début').optional(),
  to: isoDate('La date de fin').optional(),
  text: z.string().trim().max(100).default(''),
  limit: z.number().int().min(1).max(200).default(50),
  offset: z.number().int().min(0).default(0),
});
export type InvoiceListQuery = z.output<typeof InvoiceListQuerySchema>;
