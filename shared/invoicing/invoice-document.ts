import { z } from 'zod';
import { NOTE_SUBJECT_CODES } from '../payment-terms/legal-notes';
import { PaymentTerms } from '../payment-terms/payment-terms';
import { countryCode, isoDate, optionalText, requiredText, cents, MAX_LINE_AMOUNT_CENTS } from './schema-fields';
import { DocumentAllowance, DocumentCharge, InvoiceLine } from './invoice-line';
import { Address, Buyer, bicField, ibanField, OPERATION_CATEGORIES, Seller } from './party';

/** UNTDID 1001: 380 facture, 381 avoir, 386 facture d'acompte. */
export const INVOICE_TYPE_CODES = ['380', '381', '386'] as const;
export type InvoiceTypeCode = (typeof INVOICE_TYPE_CODES)[number];

/** UNTDID 4461 payment means we offer, with the French label printed on the invoice. */
export const PAYMENT_MEANS = {
  '30': 'Virement',
  '58': 'Virement SEPA',
  '49': 'Prélèvement',
  '48': 'Carte bancaire',
  '20': 'Chèque',
  '10': 'Espèces',
  /** A refund to the customer's own account, whose IBAN we do not hold (30/58 would need it, BR-61). */
  '42': 'Virement sur votre compte',
} as const;
export type PaymentMeansCode = keyof typeof PAYMENT_MEANS;
export const PAYMENT_MEANS_CODES = Object.keys(PAYMENT_MEANS) as [PaymentMeansCode, ...PaymentMeansCode[]];
/** BR-61: these need the payee's account (BT-84). */
export const TRANSFER_MEANS_CODES: readonly PaymentMeansCode[] = ['30', '58'];

export const PaymentMeans = z.strictObject({
  code: z.enum(PAYMENT_MEANS_CODES, { error: 'Choisissez le moyen de paiement.' }),
  /** When empty, the seller's IBAN is used (effectiveIban). */
  iban: ibanField.optional(),
  bic: bicField.optional(),
});
export type PaymentMeans = z.infer<typeof PaymentMeans>;

export const Note = z.strictObject({
  subject: z.enum(NOTE_SUBJECT_CODES),
  text: requiredText('Le texte de la mention', 1000),
});
export type Note = z.infer<typeof Note>;

export const PrecedingInvoice = z.strictObject({
  number: requiredText('Le numéro de la facture d’origine', 35),
  issueDate: isoDate('La date de la facture d’origine'),
});

/** The invoice header: everything but the parties and the lines. */
export const InvoiceHeader = z.strictObject({
  typeCode: z.enum(INVOICE_TYPE_CODES, { error: 'Choisissez facture ou avoir.' }),
  /** BT-1; absent on a draft: issuing assigns the next number of the series. */
  number: optionalText('Le numéro de facture', 35),
  issueDate: isoDate('La date de facture'),
  /** BT-72, date of the sale or the service (a legal mention). */
  deliveryDate: isoDate('La date de la vente ou de la prestation').optional(),
  paymentTerms: PaymentTerms,
  /** BT-9; when absent, computed from the payment terms (effectiveDueDate). */
  dueDate: isoDate('La date d’échéance').optional(),
  currency: z.literal('EUR', { error: 'Facturier facture en euros.' }),
  /** BT-10, the Chorus Pro "code service" of the public buyer. */
  serviceCode: optionalText('Le code service', 100),
  /** BT-13, the Chorus Pro "numéro d’engagement" (engagement juridique / bon de commande). */
  engagementNumber: optionalText('Le numéro d’engagement', 100),
  /** BT-12, the public-procurement contract ("numéro de marché"). */
  marketNumber: optionalText('Le numéro de marché', 100),
  /** BT-13 too, for a private buyer's purchase order: when both are set they must be equal. */
  buyerOrderReference: optionalText('La référence de commande', 100),
  /** BT-25/BT-26: the invoice a credit note corrects. */
  precedingInvoice: PrecedingInvoice.optional(),
  /**
   * The down-payment invoices (386) a final invoice deducts, cited in BG-3 (BT-25/BT-26); the deduction itself
   * is one negative line per down payment and VAT rate, so the VAT already invoiced is not charged twice.
   */
  downPayments: z.array(PrecedingInvoice).max(20).optional(),
  /** Goods, services or both (CGI annexe II art. 242 nonies A); BT-23 B1/S1/M1 for a company buyer. */
  operationCategory: z.enum(OPERATION_CATEGORIES).optional(),
  /** BG-15, where goods were delivered or the service done, when it is not the buyer's address. */
  deliveryAddress: Address.optional(),
  /** Document-level allowances (remises globales), each on one VAT category and rate. */
  allowances: z.array(DocumentAllowance).max(20).optional(),
  /** BG-21 document-level charges (« frais de déplacement »), each on one VAT category and rate. */
  charges: z.array(DocumentCharge).max(20).optional(),
  /** BT-113, already paid (acompte), in cents. */
  prepaidCents: cents('Le montant déjà payé').max(MAX_LINE_AMOUNT_CENTS).optional(),
  /** BT-80: the country goods were delivered to, required for an intra-community supply (BR-IC-12). */
  deliveryCountryCode: countryCode.optional(),
  notes: z.array(Note).max(20),
  /** How to pay; on a credit note, how the customer is refunded, absent when no refund is due. */
  paymentMeans: PaymentMeans.optional(),
});
export type InvoiceHeader = z.infer<typeof InvoiceHeader>;

/**
 * A self-contained invoice or credit note: seller, buyer, header and lines, frozen as such when issued.
 * Strings and integers only, so it can be published as JSON Schema (z.toJSONSchema(InvoiceDocument)).
 */
export const InvoiceDocument = z.strictObject({
  seller: Seller,
  buyer: Buyer,
  invoice: InvoiceHeader,
  lines: z.array(InvoiceLine).max(1000, { error: 'Une facture compte au plus 1000 lignes.' }),
});
export type InvoiceDocument = z.infer<typeof InvoiceDocument>;
