import { InvoiceDraftInputSchema } from '@shared/invoicing/draft';
import { InvoiceDocument } from '@shared/invoicing/invoice-document';
import type { DownPaymentSummary, InvoiceDetail, InvoiceListQuery } from '@shared/invoicing/invoice-views';
import { computeTotals } from '@shared/invoicing/totals';
import { AppError } from '../../errors/app-error';
import { draftContext, draftTotals, evaluate } from './draft-evaluation';
import { toSummary } from './invoice-mapper';
import type { InvoicingContext } from './invoicing-context';

/** Reading invoices: pages for the list, and the full detail (findings for drafts, history for issued ones). */
/** SQLite gives a deleted draft's id to the next draft when it was the last one: its entries start at its own creation. */
function ownEntries<T extends { kind: string }>(entries: T[]): T[] {
  const born = entries.map((entry) => entry.kind).lastIndexOf('invoice.draft.created');
  return born > 0 ? entries.slice(born) : entries;
}

export function createInvoiceQueries(ctx: InvoicingContext) {
  return {
    list(query: InvoiceListQuery) {
      const company = ctx.company();
      if (!company) return { rows: [], total: 0, isTotalCapped: false, sumRemainingCents: 0 };
      const today = ctx.today();
      const page = ctx.invoices.list(company.id, query, today);
      return { ...page, rows: page.rows.map((row) => toSummary(row, today)) };
    },
    /** The customer's issued down-payment invoices, for the final invoice to pick those it deducts. */
    downPayments(customerId: number): DownPaymentSummary[] {
      const company = ctx.company();
      if (!company) return [];
      return ctx.downPayments.ofCustomer(company.id, customerId).map((row) => ({
        id: row.id,
        number: row.number,
        issueDate: row.issue_date,
        totalCents: row.total_cents,
        deductedBy: row.deducted_by,
      }));
    },
    get(id: number): InvoiceDetail {
      const company = ctx.requireCompany();
      const row = ctx.invoices.get(company.id, id);
      if (!row) throw new AppError('not_found', 'Cette facture n’existe pas ou plus.');
      const today = ctx.today();
      const summary = toSummary(row, today);
      const corrected = row.corrected_invoice_id === null ? null : ctx.invoices.get(company.id, row.corrected_invoice_id);
      const common = {
        ...summary,
        correctedInvoice: corrected ? { id: corrected.id, number: corrected.number } : null,
        creditNotes: ctx.invoices.creditNotesOf(id).map((note) => toSummary(note, today)),
        payments: ctx.payments.forInvoice(id),
        journal: ownEntries(ctx.journal.forEntity('invoice', id)).map(({ seq, at, kind, hash }) => ({ seq, at, kind, hash })),
        documentHash: row.document_hash,
      };
      if (row.status === 'issued') {
        const document = InvoiceDocument.parse(JSON.parse(row.document));
        return { ...common, draft: null, document, findings: [], totals: computeTotals(document) };
      }
      const context = draftContext(ctx, row);
      const evaluation = evaluate(ctx, context);
      return {
        ...common,
        draft: InvoiceDraftInputSchema.parse(context.draft),
        document: null,
        findings: evaluation.findings,
        totals: evaluation.document ? computeTotals(evaluation.document) : draftTotals(context.draft),
      };
    },
  };
}
