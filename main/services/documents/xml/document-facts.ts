import type { InvoiceDocument } from '@shared/invoicing/invoice-document';
import { TRANSFER_MEANS_CODES } from '@shared/invoicing/invoice-document';
import { effectiveDueDate, effectiveIban, registrationMention, sellerSiren } from '@shared/invoicing/seller-mentions';
import { computeTotals, type TotalsResult } from '@shared/invoicing/totals';
import { parseDecimal, formatDecimal } from '@shared/money/decimal';
import { formatEuros } from '@shared/money/euros';
import { frenchSpacing } from '@shared/money/french-typography';
import { describePaymentTerms } from '@shared/payment-terms/payment-terms';

/** Thrown when asked to serialize a draft: only an issued document (with its BT-1 number) becomes XML. */
export class UnissuedDocumentError extends Error {
  constructor() {
    super(frenchSpacing('Ce document n\'a pas de numéro : émettez la facture avant de produire son PDF et ses fichiers XML.'));
    this.name = 'UnissuedDocumentError';
  }
}

/** The cadre de facturation Chorus Pro applies by default; see docs/einvoice-decisions.md. */
export const CHORUS_DEFAULT_CADRE = 'A1';
/** BT-24 of the Factur-X EN 16931 profile (and of plain EN 16931 UBL). */
export const EN16931_SPECIFICATION = 'urn:cen.eu:en16931:2017';
export const CURRENCY = 'EUR';

/**
 * Everything both serializers derive from the document, computed once and in one place so CII and UBL
 * cannot disagree (same totals, same due date, same account, same BT-13).
 */
export interface DocumentFacts {
  number: string;
  isCreditNote: boolean;
  totals: TotalsResult;
  dueDate: string;
  paymentTermsText: string;
  /** BT-84/BT-86, only for transfers (BR-61); other means carry no account. */
  iban: string | undefined;
  bic: string | undefined;
  /** BT-13: the Chorus engagement number, else the private buyer's order reference (checks make them equal). */
  orderReference: string | undefined;
  sellerSiren: string;
  /** BT-33, seller additional legal information: trade register and share capital. */
  sellerLegalInformation: string;
  /** BT-23: Chorus Pro's cadre de facturation for public buyers, absent for private ones. */
  businessProcess: string | undefined;
}

const nonEmpty = (value: string | undefined): string | undefined => (value === undefined || value.trim() === '' ? undefined : value.trim());

export function documentFacts(doc: InvoiceDocument): DocumentFacts {
  const number = nonEmpty(doc.invoice.number);
  if (number === undefined) throw new UnissuedDocumentError();
  const transfer = TRANSFER_MEANS_CODES.includes(doc.invoice.paymentMeans.code);
  const ownAccount = doc.invoice.paymentMeans.iban !== undefined;
  const capital = doc.seller.shareCapitalCents === undefined ? undefined : frenchSpacing(`Capital social : ${formatEuros(doc.seller.shareCapitalCents)}`);
  return {
    number,
    isCreditNote: doc.invoice.typeCode === '381',
    totals: computeTotals(doc),
    dueDate: effectiveDueDate(doc.invoice),
    paymentTermsText: describePaymentTerms(doc.invoice.paymentTerms),
    iban: transfer ? effectiveIban(doc) : undefined,
    // The BIC goes with the account it belongs to: never the seller's BIC next to an invoice-specific IBAN.
    bic: transfer ? (ownAccount ? doc.invoice.paymentMeans.bic : doc.seller.bic) : undefined,
    orderReference: nonEmpty(doc.invoice.engagementNumber) ?? nonEmpty(doc.invoice.buyerOrderReference),
    sellerSiren: sellerSiren(doc.seller),
    sellerLegalInformation: [registrationMention(doc.seller), capital].filter(Boolean).join(' – '),
    businessProcess: doc.buyer.kind === 'public' ? CHORUS_DEFAULT_CADRE : undefined,
  };
}

/** "2025-01-15" -> "20250115" (CII date format 102). */
export function ciiDate(isoDate: string): string {
  return isoDate.replaceAll('-', '');
}

/**
 * A quantity or unit price as the XML writes it: the canonical form of the model's exact decimal
 * ("007.50" -> "7.5"), never through a float. An unreadable string is written as is: the schema and
 * checkInvoice refuse it before issuing, and the validators must then see exactly what was stored.
 */
export function decimalForXml(text: string): string {
  const value = parseDecimal(text);
  return value === null ? text : formatDecimal(value);
}

/**
 * BT-96, BT-119, BT-152 as written: absent for category O, which must carry no rate at all
 * (BR-O-05/06, and BR-48 exempts it from the breakdown rate).
 */
export function rateForXml(category: string, rate: string): string | undefined {
  return category === 'O' ? undefined : rate;
}

export { nonEmpty };
