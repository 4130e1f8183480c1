import type { CompanyProfile } from '@shared/company/company-profile';
import { evaluateDraft, type ComposeInput, type DraftEvaluation } from '@shared/invoicing/compose-document';
import { error, type Finding } from '@shared/invoicing/findings';
import { formatEuros } from '@shared/money/euros';
import { formatShortDate } from '@shared/dates/french-dates';
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
  /** The row (absent while a draft is being created): the history checks need its id. */
  id?: number;
}

export function draftContext(ctx: InvoicingContext, row: InvoiceRow): DraftContext {
  const company = ctx.requireCompany();
  const draft = InvoiceDraftInputSchema.parse(JSON.parse(row.document));
  const corrected = row.corrected_invoice_id === null ? null : ctx.invoices.get(company.id, row.corrected_invoice_id);
  return { company, draft, typeCode: row.type_code, customer: buyerOf(ctx, company.id, draft, corrected), corrected, id: row.id };
}

/** Credit notes take their own series when the company asked for one (company.creditNoteSeries). */
export function seriesOf(company: CompanyProfile, typeCode: InvoiceRow['type_code']): string {
  return typeCode === '381' && company.creditNoteSeries === 'own' ? company.creditNoteNumberPattern : company.invoiceNumberPattern;
}

interface DownPayments {
  documents: InvoiceDocument[];
  findings: Finding[];
}

/** The issued down-payment invoices (386) of the same customer that a final invoice deducts. */
function downPaymentsOf(ctx: InvoicingContext, context: DraftContext): DownPayments {
  const found: DownPayments = { documents: [], findings: [] };
  for (const id of context.draft.downPaymentInvoiceIds) {
    const row = ctx.invoices.get(context.company.id, id);
    const document = row?.status === 'issued' ? InvoiceDocument.parse(JSON.parse(row.document)) : null;
    if (!row || !document || document.invoice.typeCode !== '386' || row.customer_id !== context.draft.customerId) {
      found.findings.push(error('down-payment-invalid', 'invoice.downPayments', 'Seule une facture d’acompte émise pour ce même client peut être déduite : retirez-la de la liste.'));
      continue;
    }
    const deductedBy = ctx.downPayments.ofCustomer(context.company.id, row.customer_id ?? 0).find((d) => d.id === id)?.deducted_by;
    if (deductedBy) {
      found.findings.push(error('down-payment-invalid', 'invoice.downPayments', `La facture d’acompte ${row.number ?? ''} est déjà déduite sur la facture ${deductedBy} : retirez-la de la liste.`));
      continue;
    }
    found.documents.push(document);
  }
  return found;
}

export function composeInput(context: DraftContext, number?: string, downPayments: readonly InvoiceDocument[] = []): ComposeInput {
  return {
    company: context.company,
    customer: context.customer,
    draft: context.draft,
    typeCode: context.typeCode,
    number,
    precedingInvoice: context.corrected?.number ? { number: context.corrected.number, issueDate: context.corrected.issue_date } : undefined,
    downPayments,
  };
}

/**
 * What only the database can answer, computed for the editor's panel as for the issue step, so the panel
 * never says « Aucun problème » to a draft that issuing would refuse: the series' chronology, what is left to
 * credit on the corrected invoice, and whether the customer must be refunded.
 */
export function historyFindings(ctx: InvoicingContext, context: DraftContext, document: InvoiceDocument): Finding[] {
  const findings: Finding[] = [];
  const { company, corrected } = context;
  const latest = ctx.invoices.latestIssueDate(company.id, seriesOf(company, context.typeCode));
  const issueDate = document.invoice.issueDate;
  const piece = context.typeCode === '381' ? 'cet avoir' : 'cette facture';
  if (latest !== null && issueDate < latest) {
    findings.push(
      error('issue-date-before-series', 'invoice.issueDate', `La numérotation suit l’ordre des dates : la dernière pièce de cette série est datée du ${formatShortDate(latest)}. Datez ${piece} du même jour ou d’après.`),
    );
  }
  if (corrected) {
    const grandTotal = computeTotals(document).totals.grandTotal;
    const others = ctx.invoices.creditNotesOf(corrected.id).filter((n) => n.status === 'issued' && n.id !== context.id);
    const left = corrected.total_cents - others.reduce((sum, n) => sum + n.total_cents, 0);
    if (grandTotal > left) {
      findings.push(error('credit-exceeds-invoice', 'lines', `Cet avoir (${formatEuros(grandTotal)}) dépasse ce qui reste à créditer sur la facture ${corrected.number ?? ''} (${formatEuros(left)}).`));
    }
    // What the customer still owes after this credit; below zero, money already received must go back.
    const owed = (corrected.remaining_cents ?? corrected.total_cents) - grandTotal;
    if (owed < 0 && document.invoice.paymentMeans === undefined) {
      findings.push(
        error('refund-means-invalid', 'invoice.paymentMeans', `Le client a déjà payé : cet avoir lui doit un remboursement de ${formatEuros(-owed)}. Indiquez comment il sera remboursé.`),
      );
    }
  }
  return findings;
}

/** The evaluation the editor shows and the issue step enforces: the same findings, in the same order. */
export function evaluate(ctx: InvoicingContext, context: DraftContext, number?: string): DraftEvaluation {
  const downPayments = downPaymentsOf(ctx, context);
  const evaluation = evaluateDraft(composeInput(context, number, downPayments.documents), ctx.today());
  const history = evaluation.document ? historyFindings(ctx, context, evaluation.document) : [];
  return { document: evaluation.document, findings: [...downPayments.findings, ...evaluation.findings, ...history] };
}

/** Totals of what is typed so far; null while a line is not readable yet (a price still empty, say). */
export function draftTotals(draft: InvoiceDraft): TotalsResult | null {
  try {
    return computeTotals({
      lines: draft.lines.map((l) => ({ ...l, vatCategory: l.vatCategory as never, vatExemptionCode: l.vatExemptionCode || undefined })),
      invoice: {
        allowances: draft.allowances.map((a) => ({ ...a, vatCategory: a.vatCategory as never, vatExemptionCode: a.vatExemptionCode || undefined })),
        charges: draft.charges.map((c) => ({ ...c, vatCategory: c.vatCategory as never, vatExemptionCode: c.vatExemptionCode || undefined })),
        prepaidCents: draft.prepaidCents,
      },
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
