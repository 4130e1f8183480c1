import { InvoiceDraftInputSchema, type InvoiceDraft } from '@shared/invoicing/draft';
import type { InvoiceDocument } from '@shared/invoicing/invoice-document';

/**
 * A new draft saying what an issued piece said (customer, references, lines, discounts), dated `issueDate`:
 * the start of a credit note that takes it back, or of a corrected invoice that replaces a rejected one.
 */
export function draftFromDocument(document: InvoiceDocument, customerId: number | null, issueDate: string, overrides: Partial<InvoiceDraft> = {}): InvoiceDraft {
  const invoice = document.invoice;
  // Parsed so that every field the piece did not say takes the draft's default (down payment, charges…).
  return InvoiceDraftInputSchema.parse({
    customerId,
    issueDate,
    paymentTerms: invoice.paymentTerms,
    serviceCode: invoice.serviceCode ?? '',
    engagementNumber: invoice.engagementNumber ?? '',
    marketNumber: invoice.marketNumber ?? '',
    buyerOrderReference: invoice.buyerOrderReference ?? '',
    ...(invoice.paymentMeans ? { paymentMeansCode: invoice.paymentMeans.code } : {}),
    ...(invoice.operationCategory ? { operationCategory: invoice.operationCategory } : {}),
    lines: document.lines.map((line) => ({ ...line, allowanceReason: line.allowanceReason, vatExemptionCode: line.vatExemptionCode })),
    allowances: (invoice.allowances ?? []).map((a) => ({ ...a })),
    prepaidCents: 0,
    note: '',
    ...overrides,
  });
}
