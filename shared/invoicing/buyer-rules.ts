import { sirenOfSiret } from '../identifiers/siret';
import { formatFrenchDate } from '../payment-terms/iso-date';
import { describePaymentTerms } from '../payment-terms/payment-terms';
import { PAYMENT_MEANS, type InvoiceDocument, type InvoiceHeader } from './invoice-document';
import type { Buyer, OperationCategory } from './party';

/**
 * Which rules apply to which buyer (docs/einvoice-decisions.md, « Quelle règle pour quel acheteur »):
 * - a public buyer: Chorus Pro (BT-23 = A1), payment within 30 days (50 for a public hospital, R2192-10 of the
 *   code de la commande publique), intérêts moratoires and the €40 indemnity (L2192-13);
 * - a company (a private organisation with a SIREN): code de commerce L441-9/L441-10 (60 days or 45 days end of
 *   month, penalties, €40 indemnity, discount terms) and the B2B reform's rules BR-FR (BT-23 B1/S1/M1…);
 * - a private person (a consumer): none of the L441-10 mentions (they govern payment between professionals).
 */

export function isPersonBuyer(buyer: Pick<Buyer, 'kind' | 'isPerson'>): boolean {
  return buyer.kind === 'private' && buyer.isPerson === true;
}

/** A French company: the B2B reform's e-invoicing and its BR-FR rules apply. */
export function isReformB2b(buyer: Pick<Buyer, 'kind' | 'isPerson' | 'siret' | 'siren'>): boolean {
  return buyer.kind === 'private' && !isPersonBuyer(buyer) && (buyer.siret !== undefined || buyer.siren !== undefined);
}

/** The buyer's SIREN, stated or read from its SIRET. */
export function buyerSiren(buyer: Pick<Buyer, 'siret' | 'siren'>): string | undefined {
  return buyer.siren ?? (buyer.siret ? sirenOfSiret(buyer.siret) : undefined);
}

/** Does the document ask someone to pay? An invoice always; a credit note only when it refunds the customer. */
export function expectsPayment(invoice: Pick<InvoiceHeader, 'typeCode' | 'paymentMeans'>): boolean {
  return invoice.typeCode !== '381' || invoice.paymentMeans !== undefined;
}

export function isCreditNote(invoice: Pick<InvoiceHeader, 'typeCode'>): boolean {
  return invoice.typeCode === '381';
}

/** The L441-10 / public-procurement payment mentions (PMD, PMT, AAB) are due: a professional or public payer. */
export function needsPaymentMentions(doc: Pick<InvoiceDocument, 'buyer' | 'invoice'>): boolean {
  return !isPersonBuyer(doc.buyer) && expectsPayment(doc.invoice);
}

const CATEGORY_LETTER: Record<OperationCategory, string> = { goods: 'B', services: 'S', mixed: 'M' };

/** The cadre de facturation Chorus Pro applies by default (docs/einvoice-decisions.md). */
export const CHORUS_DEFAULT_CADRE = 'A1';

/**
 * BT-23: Chorus Pro's cadre (A1) for a public buyer; for the others, the reform's code when the category of
 * the operation is known: 1 = an invoice, 4 = a final invoice after down payments (XP Z12-012, BR-FR-08).
 */
export function businessProcessCode(doc: Pick<InvoiceDocument, 'buyer' | 'invoice'>): string | undefined {
  if (doc.buyer.kind === 'public') return CHORUS_DEFAULT_CADRE;
  const category = doc.invoice.operationCategory;
  if (category === undefined) return undefined;
  const isFinal = (doc.invoice.downPayments?.length ?? 0) > 0 && doc.invoice.typeCode !== '386';
  return `${CATEGORY_LETTER[category]}${isFinal ? '4' : '1'}`;
}

export const OPERATION_CATEGORY_LABELS: Record<OperationCategory, string> = {
  goods: 'Livraison de biens',
  services: 'Prestation de services',
  mixed: 'Livraison de biens et prestation de services',
};

const REFUND_WORDING: Partial<Record<keyof typeof PAYMENT_MEANS, string>> = {
  '42': 'Remboursement par virement sur votre compte',
  '20': 'Remboursement par chèque',
  '10': 'Remboursement en espèces',
  '48': 'Remboursement sur votre carte bancaire',
};

/**
 * BT-20 as written in the XML and printed on the PDF: the terms of an invoice; for a credit note, how the
 * customer is refunded, or that it only reduces what the corrected invoice asks (no payment at all).
 */
export function settlementText(invoice: Pick<InvoiceHeader, 'typeCode' | 'paymentMeans' | 'paymentTerms' | 'precedingInvoice'>): string {
  if (!isCreditNote(invoice)) return describePaymentTerms(invoice.paymentTerms);
  if (invoice.paymentMeans) return REFUND_WORDING[invoice.paymentMeans.code] ?? `Remboursement\u00a0: ${PAYMENT_MEANS[invoice.paymentMeans.code]}`;
  const corrected = invoice.precedingInvoice;
  const which = corrected ? ` de la facture n°\u00a0${corrected.number} du ${formatFrenchDate(corrected.issueDate)}` : '';
  return `Aucun paiement n’est dû\u00a0: cet avoir vient en déduction${which}.`;
}
