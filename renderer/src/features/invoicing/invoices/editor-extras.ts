import type { InvoiceDraftInput } from '@shared/invoicing/draft';
import type { PaymentMeansCode } from '@shared/invoicing/invoice-document';
import type { OperationCategory } from '@shared/invoicing/party';
import { centsToFrenchInput } from '../french-input';
import type { EditorAllowance } from './editor-model';

/** Where the goods go or the work is done, when it is not the customer's address (France only here). */
export interface EditorDelivery {
  line1: string;
  line2: string;
  postcode: string;
  city: string;
}

/**
 * The per-invoice fields beyond the basics: each shown only where it applies (invoice-extras-section.tsx).
 * Empty text means « not chosen »: the default of the customer or the company applies.
 */
export interface EditorExtraFields {
  /** '' : the customer's category, else the company's. */
  operationCategory: '' | OperationCategory;
  hasDeliveryAddress: boolean;
  delivery: EditorDelivery;
  /** BG-21 document-level charges (« frais de déplacement »), typed like the discounts. */
  charges: EditorAllowance[];
  /** A facture d'acompte (386). */
  isDownPayment: boolean;
  /** Issued down-payment invoices of the customer this final invoice deducts. */
  downPaymentInvoiceIds: number[];
  /** A credit note's refund; '' when it only reduces what the customer owes. */
  refundMeansCode: '' | PaymentMeansCode;
}

const BLANK_DELIVERY: EditorDelivery = { line1: '', line2: '', postcode: '', city: '' };

export function blankExtras(): EditorExtraFields {
  return { operationCategory: '', hasDeliveryAddress: false, delivery: { ...BLANK_DELIVERY }, charges: [], isDownPayment: false, downPaymentInvoiceIds: [], refundMeansCode: '' };
}

export function extrasOfDraft(draft: InvoiceDraftInput, newKey: () => string, vatChoiceIdOf: (category: string, rate: string, exemptionCode?: string) => string): EditorExtraFields {
  const address = draft.deliveryAddress;
  return {
    operationCategory: draft.operationCategory ?? '',
    hasDeliveryAddress: address !== undefined,
    delivery: address ? { line1: address.line1, line2: address.line2 ?? '', postcode: address.postcode, city: address.city } : { ...BLANK_DELIVERY },
    charges: (draft.charges ?? []).map((charge) => ({
      key: newKey(),
      reason: charge.reason,
      amount: centsToFrenchInput(charge.amountCents),
      vatChoiceId: vatChoiceIdOf(charge.vatCategory, charge.vatRate, charge.vatExemptionCode),
    })),
    isDownPayment: draft.isDownPayment ?? false,
    downPaymentInvoiceIds: [...(draft.downPaymentInvoiceIds ?? [])],
    refundMeansCode: draft.refundMeansCode ?? '',
  };
}

/**
 * The draft's part of these fields. A down-payment invoice deducts nothing (it is itself deducted later);
 * an address left unticked is not sent, whatever was typed before unticking.
 */
export function draftOfExtras(fields: EditorExtraFields): Partial<InvoiceDraftInput> {
  const delivery = fields.delivery;
  return {
    ...(fields.operationCategory ? { operationCategory: fields.operationCategory } : {}),
    ...(fields.hasDeliveryAddress
      ? { deliveryAddress: { line1: delivery.line1.trim(), ...(delivery.line2.trim() ? { line2: delivery.line2.trim() } : {}), postcode: delivery.postcode.trim(), city: delivery.city.trim(), countryCode: 'FR' } }
      : {}),
    isDownPayment: fields.isDownPayment,
    downPaymentInvoiceIds: fields.isDownPayment ? [] : fields.downPaymentInvoiceIds,
    refundMeansCode: fields.refundMeansCode === '' ? null : fields.refundMeansCode,
  };
}
