import { downPaymentDeductionText } from '@shared/invoicing/compose-document';
import { InvoiceDraftInputSchema, type InvoiceDraft } from '@shared/invoicing/draft';
import type { InvoiceDocument } from '@shared/invoicing/invoice-document';

/**
 * A new draft saying what an issued piece said (customer, references, lines, discounts and charges, the
 * delivery, a down payment or the down payments it deducts), dated `issueDate`: the start of a corrected
 * invoice that replaces a rejected one. `downPaymentId` finds a deducted down-payment invoice by its number;
 * its deduction lines are not copied, the new draft deducts it again as such (BG-3 and its own lines).
 */
export function draftFromDocument(
  document: InvoiceDocument,
  customerId: number | null,
  issueDate: string,
  downPaymentId: (number: string) => number | null = () => null,
): InvoiceDraft {
  const invoice = document.invoice;
  const deducted = (invoice.downPayments ?? []).map((d) => ({ id: downPaymentId(d.number), text: downPaymentDeductionText(d) }));
  const kept = deducted.filter((d): d is { id: number; text: string } => d.id !== null);
  const deductionTexts = new Set(kept.map((d) => d.text));
  const address = invoice.deliveryAddress;
  // Parsed so that every field the piece did not say takes the draft's default.
  return InvoiceDraftInputSchema.parse({
    customerId,
    issueDate,
    ...(invoice.deliveryDate ? { deliveryDate: invoice.deliveryDate } : {}),
    paymentTerms: invoice.paymentTerms,
    serviceCode: invoice.serviceCode ?? '',
    engagementNumber: invoice.engagementNumber ?? '',
    marketNumber: invoice.marketNumber ?? '',
    buyerOrderReference: invoice.buyerOrderReference ?? '',
    ...(invoice.paymentMeans ? { paymentMeansCode: invoice.paymentMeans.code } : {}),
    ...(invoice.operationCategory ? { operationCategory: invoice.operationCategory } : {}),
    ...(address ? { deliveryAddress: { line1: address.line1, ...(address.line2 ? { line2: address.line2 } : {}), postcode: address.postcode, city: address.city, countryCode: address.countryCode } } : {}),
    lines: document.lines
      .filter((line) => !deductionTexts.has(line.description))
      .map((line) => ({ ...line, allowanceReason: line.allowanceReason, vatExemptionCode: line.vatExemptionCode })),
    allowances: (invoice.allowances ?? []).map((a) => ({ ...a })),
    charges: (invoice.charges ?? []).map((c) => ({ ...c })),
    prepaidCents: 0,
    note: '',
    isDownPayment: invoice.typeCode === '386',
    downPaymentInvoiceIds: kept.map((d) => d.id),
  });
}
