import type { CompanyProfile } from '@shared/company/company-profile';
import { evaluateDraft, type ComposeInput, type DraftEvaluation } from '@shared/invoicing/compose-document';
import { InvoiceDraftInputSchema, type InvoiceDraft } from '@shared/invoicing/draft';
import { InvoiceDocument } from '@shared/invoicing/invoice-document';
import type { Buyer } from '@shared/invoicing/party';
import { effectiveDueDate } from '@shared/invoicing/seller-mentions';
import { computeTotals, type TotalsResult } from '@shared/invoicing/totals';
import { computeDueDate } from '@shared/payment-terms/payment-terms';
import type { DraftColumns, InvoiceRow } from '../../db/repositories/invoice-repository';
import type { InvoicingContext } from './invoicing-context';

/** The buyer of a draft: a credit note keeps the buyer frozen in the invoice it corrects. */
export function buyerOf(ctx: InvoicingContext, companyId: number, draft: InvoiceDraft, corrected: InvoiceRow | null): Buyer | null {
  if (corrected) return InvoiceDocument.parse(JSON.parse(corrected.document)).buyer;
  if (draft.customerId === null) return null;
  const customer = ctx.customers.get(companyId, draft.customerId);
  if (!customer) return null;
  const { id: _id, isArchived: _archived, updatedAt: _updated, ...buyer } = customer;
  return buyer;
}

export interface DraftContext {
  company: CompanyProfile;
  draft: InvoiceDraft;
  typeCode: '380' | '381';
  customer: Buyer | null;
  corrected: InvoiceRow | null;
}

export function draftContext(ctx: InvoicingContext, row: InvoiceRow): DraftContext {
  const company = ctx.requireCompany();
  const draft = InvoiceDraftInputSchema.parse(JSON.parse(row.document));
  const corrected = row.corrected_invoice_id === null ? null : ctx.invoices.get(company.id, row.corrected_invoice_id);
  return { company, draft, typeCode: row.type_code, customer: buyerOf(ctx, company.id, draft, corrected), corrected };
}

export function composeInput(context: DraftContext, number?: string): ComposeInput {
  return {
    company: context.company,
    customer: context.customer,
    draft: context.draft,
    typeCode: context.typeCode,
    number,
    precedingInvoice: context.corrected?.number ? { number: context.corrected.number, issueDate: context.corrected.issue_date } : undefined,
  };
}

export function evaluate(ctx: InvoicingContext, context: DraftContext, number?: string): DraftEvaluation {
  return evaluateDraft(composeInput(context, number), ctx.today());
}

/** Totals of what is typed so far; null while a line is not readable yet (a price still empty, say). */
export function draftTotals(draft: InvoiceDraft): TotalsResult | null {
  try {
    return computeTotals({
      lines: draft.lines.map((l) => ({ ...l, vatCategory: l.vatCategory as never, vatExemptionCode: l.vatExemptionCode || undefined })),
      invoice: { allowances: draft.allowances.map((a) => ({ ...a, vatCategory: a.vatCategory as never, vatExemptionCode: a.vatExemptionCode || undefined })), prepaidCents: draft.prepaidCents },
    });
  } catch {
    return null;
  }
}

/** The columns lists and search read, kept in step with the draft on every save. */
export function draftColumns(context: DraftContext, evaluation: DraftEvaluation): DraftColumns {
  const totals = evaluation.document ? computeTotals(evaluation.document) : draftTotals(context.draft);
  const terms = context.draft.paymentTerms ?? context.company.defaultPaymentTerms;
  let dueDate: string | null;
  try {
    dueDate = evaluation.document ? effectiveDueDate(evaluation.document.invoice) : computeDueDate(context.draft.issueDate, terms);
  } catch {
    dueDate = null;
  }
  return {
    customerId: context.draft.customerId,
    issueDate: context.draft.issueDate,
    dueDate,
    buyerName: context.customer?.legalName ?? '',
    netCents: totals?.totals.taxBasisTotal ?? 0,
    totalCents: totals?.totals.grandTotal ?? 0,
    dueCents: totals?.totals.dueAmount ?? 0,
    document: JSON.stringify(context.draft),
  };
}

/** What text search looks in: the descriptions of the lines. */
export function searchBody(lines: ReadonlyArray<{ description: string }>): string {
  return lines.map((line) => line.description).join('\n');
}
