import { frenchSpacing } from '../money/french-typography';
import { sirenOfSiret } from '../identifiers/siret';
import { computeDueDate } from '../payment-terms/payment-terms';
import type { IsoDate } from '../payment-terms/iso-date';
import type { InvoiceDocument, InvoiceHeader } from './invoice-document';
import type { LegalForm, Seller } from './party';

/** Helpers that derive what the model does not store twice (SIREN, due date, IBAN) and the seller's mentions. */

export function isIndividualEntrepreneur(legalForm: LegalForm): boolean {
  return legalForm === 'micro-entrepreneur' || legalForm === 'ei';
}

/** Companies whose invoices must state their share capital (capital social). */
export function hasShareCapital(legalForm: LegalForm): boolean {
  return ['eurl', 'sarl', 'sas', 'sasu', 'sa', 'snc'].includes(legalForm);
}

/** Does the name carry "EI" or "Entrepreneur individuel" (required next to an individual entrepreneur's name)? */
export function hasEiMention(name: string): boolean {
  return /(^|[^\p{L}\p{N}])(EI|E\.I\.)(?=$|[^\p{L}\p{N}])|entrepreneur individuel/iu.test(name);
}

/** BT-30 and BT-32 (the SIREN, when the seller has no VAT number) come from here. */
export function sellerSiren(seller: Pick<Seller, 'siret'>): string {
  return sirenOfSiret(seller.siret);
}

/** "RCS Lyon", "RM 69", or "Dispensé d'immatriculation au RCS et au RM". */
export function registrationMention(seller: Pick<Seller, 'registration'>): string {
  switch (seller.registration.kind) {
    case 'rcs':
      return `RCS ${seller.registration.city}`;
    case 'rm':
      return `RM ${seller.registration.place}`;
    case 'exempt':
      return frenchSpacing('Dispensé d\'immatriculation au RCS et au RM');
  }
}

/** BT-9: the due date typed on the invoice, or the one its payment terms give. */
export function effectiveDueDate(invoice: Pick<InvoiceHeader, 'dueDate' | 'issueDate' | 'paymentTerms'>): IsoDate {
  return invoice.dueDate ?? computeDueDate(invoice.issueDate, invoice.paymentTerms);
}

/** BT-84: the IBAN chosen on the invoice, else the seller's. */
export function effectiveIban(doc: Pick<InvoiceDocument, 'seller' | 'invoice'>): string | undefined {
  return doc.invoice.paymentMeans?.iban ?? doc.seller.iban;
}
