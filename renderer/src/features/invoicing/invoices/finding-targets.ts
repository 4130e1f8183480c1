/**
 * Where the editor sends the user to fix a finding. A finding's `field` is a path in the composed
 * InvoiceDocument ("invoice.serviceCode", "lines.2.unitPrice", "seller.legalForm", "buyer"); the editor's
 * controls carry `name` attributes from the draft's vocabulary, which this table bridges.
 */
export type FindingTarget =
  | { kind: 'field'; name: string }
  | { kind: 'settings' }
  | { kind: 'customer' };

/** Header fields of the document -> the editor control that sets them. */
const INVOICE_FIELDS: Readonly<Record<string, string>> = {
  customerId: 'customerId',
  issueDate: 'issueDate',
  deliveryDate: 'deliveryDate',
  dueDate: 'termsKind',
  paymentTerms: 'termsKind',
  serviceCode: 'serviceCode',
  engagementNumber: 'engagementNumber',
  marketNumber: 'marketNumber',
  buyerOrderReference: 'buyerOrderReference',
  notes: 'note',
  prepaidCents: 'prepaid',
  // A save error on the draft request names the draft's own field.
  paymentMeansCode: 'paymentMeansCode',
  refundMeansCode: 'refundMeansCode',
  operationCategory: 'operationCategory',
  typeCode: 'isDownPayment',
  isDownPayment: 'isDownPayment',
  downPayments: 'downPaymentInvoiceIds',
  downPaymentInvoiceIds: 'downPaymentInvoiceIds',
};

/** Delivery address fields -> the control ("delivery.city"); the country is France, its first line stands for it. */
const DELIVERY_CELLS: Readonly<Record<string, string>> = { line1: 'line1', line2: 'line2', postcode: 'postcode', city: 'city', countryCode: 'line1' };

/** Discount fields -> the control; the three VAT fields share one menu. */
const ALLOWANCE_CELLS: Readonly<Record<string, 'reason' | 'amount' | 'vat'>> = {
  reason: 'reason',
  amountCents: 'amount',
  vatCategory: 'vat',
  vatRate: 'vat',
  vatExemptionCode: 'vat',
};

/** Line fields -> the cell; the three VAT fields share one menu. */
const LINE_CELLS: Readonly<Record<string, string>> = {
  description: 'description',
  quantity: 'quantity',
  unitCode: 'unitCode',
  unitPrice: 'unitPrice',
  allowanceCents: 'unitPrice',
  vatCategory: 'vat',
  vatRate: 'vat',
  vatExemptionCode: 'vat',
};

/** The `name` of line `index`'s cell, as the lines table renders it. */
export function lineCellName(index: number, cell: string): string {
  return `lines.${index}.${cell}`;
}

export function findingTarget(field: string, isCreditNote = false): FindingTarget | null {
  const [head, second, third] = field.split('.');
  if (head === 'seller') return { kind: 'settings' };
  if (head === 'buyer') return field === 'buyer' ? { kind: 'field', name: 'customerId' } : { kind: 'customer' };
  if (head === 'lines') {
    if (second === undefined || !/^\d+$/.test(second)) return { kind: 'field', name: 'addLine' };
    return { kind: 'field', name: lineCellName(Number(second), LINE_CELLS[third ?? ''] ?? 'description') };
  }
  if (head === 'invoice') {
    // The draft only chooses the means (the IBAN comes from the profile, a missing one is `seller.iban`):
    // whatever a finding says about the means, the menu is where the user can act on it.
    // A credit note's means are its refund's (« Remboursement du client »).
    if (second === 'paymentMeans') return { kind: 'field', name: isCreditNote ? 'refundMeansCode' : 'paymentMeansCode' };
    if (second === 'allowances' || second === 'charges') {
      if (third === undefined || !/^\d+$/.test(third)) return { kind: 'field', name: second === 'charges' ? 'addCharge' : 'addAllowance' };
      const cell = ALLOWANCE_CELLS[field.split('.')[3] ?? ''] ?? 'amount';
      return { kind: 'field', name: `${second}.${third}.${cell}` };
    }
    if (second === 'deliveryAddress') return { kind: 'field', name: `delivery.${DELIVERY_CELLS[third ?? ''] ?? 'line1'}` };
    const name = INVOICE_FIELDS[second ?? ''];
    return name ? { kind: 'field', name } : null;
  }
  return null;
}

/** The control of the draft form a save error (`draft.lines.0.quantity`) belongs to. */
export function draftErrorTarget(field: string): string | null {
  const path = field.replace(/^draft\./, '');
  const target = findingTarget(path.startsWith('lines') ? path : `invoice.${path}`);
  return target?.kind === 'field' ? target.name : null;
}
