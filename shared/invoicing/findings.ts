import { frenchSpacing } from '../money/french-typography';

/**
 * What checkInvoice reports. An error blocks issuing; a warning is shown and may be ignored.
 * `field` is the path of the value to fix in the InvoiceDocument ("buyer.siret", "lines.2.quantity"),
 * so the editor can focus it. Messages are French, say what is wrong and how to fix it, and follow the
 * typography of money/french-typography.ts (’, « », no-break space before « : »).
 */
export const CHECK_FINDING_CODES = [
  // lines and amounts
  'lines-empty',
  'line-quantity-zero',
  'line-amount-invalid',
  'line-vat-invalid',
  'negative-total',
  'prepaid-exceeds-total',
  // dates and references
  'issue-date-in-future',
  'due-date-before-issue-date',
  'due-date-too-late',
  'due-date-terms-conflict',
  'payment-terms-too-long',
  'delivery-date-missing',
  'credit-note-reference-missing',
  'order-reference-conflict',
  'payment-iban-missing',
  // legal mentions
  'seller-siret-invalid',
  'seller-ei-mention-missing',
  'seller-share-capital-missing',
  'late-penalty-note-missing',
  'recovery-indemnity-note-missing',
  'discount-note-missing',
  'note-duplicated',
  'decennial-insurance-missing',
  'refund-means-invalid',
  'text-not-printable',
  // VAT
  'franchise-vat-charged',
  'franchise-mention-missing',
  'franchise-code-without-franchise',
  'seller-vat-number-missing',
  'seller-tax-registration-missing',
  'buyer-vat-number-missing',
  'vat-not-subject-mixed',
  'vat-exemption-conflict',
  'intra-community-delivery-missing',
  // Chorus Pro (public buyers)
  'buyer-siret-invalid',
  'chorus-service-code-missing',
  'chorus-service-code-unknown',
  'chorus-service-code-inactive',
  'chorus-engagement-missing',
  'chorus-engagement-too-long',
  'chorus-service-or-engagement-missing',
  'chorus-invoice-number-invalid',
] as const;

/** Found before checkInvoice can run (evaluateDraft) or from the history only the database knows (issuing). */
export const DRAFT_FINDING_CODES = ['company-missing', 'customer-missing', 'field-invalid', 'credit-exceeds-invoice', 'issue-date-before-series', 'down-payment-invalid'] as const;

export const FINDING_CODES = [...CHECK_FINDING_CODES, ...DRAFT_FINDING_CODES] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export type Severity = 'error' | 'warning';

export interface Finding {
  code: FindingCode;
  severity: Severity;
  field: string;
  message: string;
}

export function error(code: FindingCode, field: string, message: string): Finding {
  return { code, severity: 'error', field, message: frenchSpacing(message) };
}

export function warning(code: FindingCode, field: string, message: string): Finding {
  return { code, severity: 'warning', field, message: frenchSpacing(message) };
}
