import type { InvoiceDocument } from '@shared/invoicing/invoice-document';
import { TRANSFER_MEANS_CODES } from '@shared/invoicing/invoice-document';
import { businessProcessCode, buyerSiren, expectsPayment, isReformB2b, settlementText } from '@shared/invoicing/buyer-rules';
import { effectiveDueDate, effectiveIban, registrationMention, sellerSiren } from '@shared/invoicing/seller-mentions';
import { computeTotals, type TotalsResult } from '@shared/invoicing/totals';
import { parseDecimal, formatDecimal } from '@shared/money/decimal';
import { formatEuros } from '@shared/money/euros';
import { frenchSpacing } from '@shared/money/french-typography';

/** Thrown when asked to serialize a draft: only an issued document (with its BT-1 number) becomes XML. */
export class UnissuedDocumentError extends Error {
  constructor() {
    super(frenchSpacing('Ce document n\'a pas de numéro : émettez la facture avant de produire son PDF et ses fichiers XML.'));
    this.name = 'UnissuedDocumentError';
  }
}

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
  /** BT-9: absent for a credit note that refunds nothing (BT-20 then says no payment is due, BR-CO-25). */
  dueDate: string | undefined;
  paymentTermsText: string;
  /** BT-84/BT-86, only for transfers (BR-61); other means carry no account. */
  iban: string | undefined;
  bic: string | undefined;
  /** BT-13: the Chorus engagement number, else the private buyer's order reference (checks make them equal). */
  orderReference: string | undefined;
  sellerSiren: string;
  /** BT-33, seller additional legal information: trade register and share capital. */
  sellerLegalInformation: string;
  /** BT-23: Chorus Pro's cadre for public buyers, the reform's B1/S1/M1 (B4… final invoice) for the others. */
  businessProcess: string | undefined;
  /** A French company buyer: the B2B reform's identifiers (BT-47 SIREN 0002, BT-34/BT-49 scheme 0225). */
  isReformB2b: boolean;
  /** BT-34 and BT-49 (scheme 0225): the addresses given, else each party's SIREN (its address in the directory). */
  sellerElectronicAddress: string | undefined;
  buyerElectronicAddress: string | undefined;
  /** BT-8: the VAT becomes due on the invoice date (option pour les débits). */
  vatOnDebits: boolean;
}

const nonEmpty = (value: string | undefined): string | undefined => (value === undefined || value.trim() === '' ? undefined : value.trim());

export function documentFacts(doc: InvoiceDocument): DocumentFacts {
  const number = nonEmpty(doc.invoice.number);
  if (number === undefined) throw new UnissuedDocumentError();
  const means = doc.invoice.paymentMeans;
  const isCreditNote = doc.invoice.typeCode === '381';
  // A credit note's means is how the customer is refunded: never the seller's own account.
  const transfer = means !== undefined && !isCreditNote && TRANSFER_MEANS_CODES.includes(means.code);
  const ownAccount = means?.iban !== undefined;
  const b2b = isReformB2b(doc.buyer);
  const capital = doc.seller.shareCapitalCents === undefined ? undefined : frenchSpacing(`Capital social : ${formatEuros(doc.seller.shareCapitalCents)}`);
  return {
    number,
    isCreditNote,
    totals: computeTotals(doc),
    dueDate: expectsPayment(doc.invoice) ? effectiveDueDate(doc.invoice) : undefined,
    paymentTermsText: settlementText(doc.invoice),
    iban: transfer ? effectiveIban(doc) : undefined,
    // The BIC goes with the account it belongs to: never the seller's BIC next to an invoice-specific IBAN.
    bic: transfer ? (ownAccount ? means?.bic : doc.seller.bic) : undefined,
    orderReference: nonEmpty(doc.invoice.engagementNumber) ?? nonEmpty(doc.invoice.buyerOrderReference),
    sellerSiren: sellerSiren(doc.seller),
    sellerLegalInformation: [registrationMention(doc.seller), capital].filter(Boolean).join(' – '),
    businessProcess: businessProcessCode(doc),
    isReformB2b: b2b,
    sellerElectronicAddress: b2b ? (doc.seller.electronicAddress ?? sellerSiren(doc.seller)) : undefined,
    buyerElectronicAddress: b2b ? (doc.buyer.electronicAddress ?? buyerSiren(doc.buyer)) : undefined,
    vatOnDebits: doc.seller.vatOnDebits === true && !doc.seller.vatFranchise,
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
