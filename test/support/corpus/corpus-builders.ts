import type { InvoiceDocument, InvoiceHeader } from '@shared/invoicing/invoice-document';
import type { InvoiceLine } from '@shared/invoicing/invoice-line';
import type { Buyer, Seller } from '@shared/invoicing/party';
import type { UnitCode } from '@shared/invoicing/units';
import { isPersonBuyer, isReformB2b } from '@shared/invoicing/buyer-rules';
import type { PaymentMeansCode } from '@shared/invoicing/invoice-document';
import { defaultPaymentNotes, NO_PAYMENT_NOTES } from '@shared/payment-terms/legal-notes';
import { addDays } from '@shared/payment-terms/iso-date';
import { FRANCHISE_EXEMPTION_CODE } from '@shared/vat/vat-exemptions';

/** Small builders so each corpus entry states only what makes it different. */

export function franchiseLine(description: string, quantity: string, unitCode: UnitCode, unitPrice: string, extra: Partial<InvoiceLine> = {}): InvoiceLine {
  return { description, quantity, unitCode, unitPrice, vatCategory: 'E', vatRate: '0', vatExemptionCode: FRANCHISE_EXEMPTION_CODE, ...extra };
}

export function vatLine(description: string, quantity: string, unitCode: UnitCode, unitPrice: string, rate: string, extra: Partial<InvoiceLine> = {}): InvoiceLine {
  return { description, quantity, unitCode, unitPrice, vatCategory: 'S', vatRate: rate, ...extra };
}

export function exemptLine(description: string, quantity: string, unitCode: UnitCode, unitPrice: string, category: InvoiceLine['vatCategory'], exemptionCode?: string): InvoiceLine {
  return { description, quantity, unitCode, unitPrice, vatCategory: category, vatRate: '0', ...(exemptionCode ? { vatExemptionCode: exemptionCode } : {}) };
}

/** The Chorus Pro references each public buyer of corpus-parties.ts asks for. */
function chorusReferences(buyer: Buyer): Partial<InvoiceHeader> {
  if (buyer.kind !== 'public') return {};
  const references: Partial<InvoiceHeader> = {};
  if (buyer.chorus?.serviceCodeRequired || buyer.chorus?.serviceOrEngagementRequired) references.serviceCode = buyer.chorus.services.find((s) => s.active)?.code ?? 'SERVICE';
  if (buyer.chorus?.engagementRequired) references.engagementNumber = 'EJ-2025-000123';
  return references;
}

export interface DocumentSpec {
  seller: Seller;
  buyer: Buyer;
  number: string;
  lines: InvoiceLine[];
  issueDate?: string;
  invoice?: Partial<InvoiceHeader>;
}

/**
 * An issued invoice with the delivery date, the buyer's Chorus references and the payment notes its buyer
 * calls for (none for a private person); a company buyer's invoices state the category of the operation.
 */
export function makeDocument(spec: DocumentSpec): InvoiceDocument {
  const issueDate = spec.issueDate ?? '2025-03-14';
  return {
    seller: spec.seller,
    buyer: spec.buyer,
    invoice: {
      typeCode: '380',
      number: spec.number,
      issueDate,
      deliveryDate: addDays(issueDate, -3),
      paymentTerms: { kind: 'net', days: 30 },
      currency: 'EUR',
      notes: isPersonBuyer(spec.buyer) ? [] : defaultPaymentNotes({ isPublicBuyer: spec.buyer.kind === 'public' }),
      paymentMeans: { code: '30' },
      ...(isReformB2b(spec.buyer) ? { operationCategory: 'services' as const } : {}),
      ...chorusReferences(spec.buyer),
      ...spec.invoice,
    },
    lines: spec.lines,
  };
}

/**
 * A credit note (381) citing the invoice it corrects (BT-25/BT-26). Without `refund` it only reduces what is
 * owed: no payment means, and the « sans objet » notes for a company (BR-FR-05); with it, the customer is
 * refunded by that means and the usual payment notes apply.
 */
export function makeCreditNote(spec: DocumentSpec & { corrects: { number: string; issueDate: string }; refund?: PaymentMeansCode }): InvoiceDocument {
  const doc = makeDocument({ ...spec, invoice: { typeCode: '381', precedingInvoice: spec.corrects, paymentTerms: { kind: 'on-receipt' }, ...spec.invoice } });
  if (spec.refund) doc.invoice.paymentMeans = { code: spec.refund };
  else {
    delete doc.invoice.paymentMeans;
    doc.invoice.notes = isReformB2b(spec.buyer) ? [...NO_PAYMENT_NOTES] : [];
  }
  return doc;
}

/** 200 distinct, deterministic lines (prices with 0 to 4 decimals, several units). */
export function manyLines(count: number, make: (description: string, quantity: string, unit: UnitCode, price: string, index: number) => InvoiceLine): InvoiceLine[] {
  const units: UnitCode[] = ['HUR', 'DAY', 'C62', 'H87', 'KGM', 'LS'];
  return Array.from({ length: count }, (_, i) => {
    const price = `${(i * 37) % 500 + 1}.${String((i * 7919) % 10000).padStart(4, '0')}`;
    const quantity = i % 3 === 0 ? String((i % 9) + 1) : `${(i % 5) + 1}.${(i % 4) + 1}`;
    return make(`Article n° ${i + 1} – réf. A-${String(i + 1).padStart(3, '0')}`, quantity, units[i % units.length] as UnitCode, price, i);
  });
}
