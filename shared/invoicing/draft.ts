import { z } from 'zod';
import { PaymentTerms } from '../payment-terms/payment-terms';
import { PAYMENT_MEANS_CODES } from './invoice-document';
import { OPERATION_CATEGORIES } from './party';

/**
 * A draft as the editor saves it: freely editable and possibly incomplete (an empty line, a price not
 * typed yet). Only shapes and lengths are enforced here; everything that makes an invoice legal is
 * reported by the pre-issue checks on the composed InvoiceDocument, with a French message per field.
 */
const text = (max: number) => z.string().max(max, { error: `Ce texte ne doit pas dépasser ${max} caractères.` });

export const DraftLineSchema = z.strictObject({
  description: text(1000).default(''),
  quantity: text(30).default('1'),
  unitCode: text(10).default('C62'),
  unitPrice: text(30).default(''),
  allowanceCents: z.number().int().min(0).optional(),
  allowanceReason: text(200).optional(),
  vatCategory: text(4).default('S'),
  vatRate: text(10).default('20'),
  vatExemptionCode: text(40).optional(),
  /** The catalogue item the line came from, for reference only: the line keeps its own copy. */
  catalogueItemId: z.number().int().positive().optional(),
});
export type DraftLine = z.output<typeof DraftLineSchema>;

export const DraftAllowanceSchema = z.strictObject({
  reason: text(200),
  amountCents: z.number().int().min(0),
  vatCategory: text(4),
  vatRate: text(10),
  vatExemptionCode: text(40).optional(),
});

const DraftAddressSchema = z.strictObject({
  line1: text(200),
  line2: text(200).optional(),
  postcode: text(16),
  city: text(100),
  countryCode: text(2).default('FR'),
});

export const InvoiceDraftInputSchema = z.strictObject({
  customerId: z.number().int().positive().nullable().default(null),
  issueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'La date de facture doit être une date AAAA-MM-JJ.' }),
  deliveryDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /** Absent: the company's default payment terms. */
  paymentTerms: PaymentTerms.optional(),
  serviceCode: text(100).default(''),
  engagementNumber: text(100).default(''),
  marketNumber: text(100).default(''),
  buyerOrderReference: text(100).default(''),
  paymentMeansCode: z.enum(PAYMENT_MEANS_CODES).default('30'),
  lines: z.array(DraftLineSchema).max(1000, { error: 'Une facture compte au plus 1000 lignes.' }).default([]),
  allowances: z.array(DraftAllowanceSchema).max(20).default([]),
  prepaidCents: z.number().int().min(0).default(0),
  /** A free note printed on the invoice (subject AAI). */
  note: text(1000).default(''),
  /** A down-payment invoice (386) rather than an invoice (380). */
  isDownPayment: z.boolean().default(false),
  /** Issued down-payment invoices of the same customer this (final) invoice deducts. */
  downPaymentInvoiceIds: z.array(z.number().int().positive()).max(20).default([]),
  /** Absent: the customer's, else the company's. */
  operationCategory: z.enum(OPERATION_CATEGORIES).optional(),
  /** Where the goods go or the service is done, when it is not the customer's address. */
  deliveryAddress: DraftAddressSchema.optional(),
  /** BG-21 document-level charges (« frais de déplacement »). */
  charges: z.array(DraftAllowanceSchema).max(20).default([]),
  /** A credit note's refund: how the customer is paid back; null when it only reduces what is owed. */
  refundMeansCode: z.enum(PAYMENT_MEANS_CODES).nullable().default(null),
});
export type InvoiceDraftInput = z.input<typeof InvoiceDraftInputSchema>;
export type InvoiceDraft = z.output<typeof InvoiceDraftInputSchema>;
