import type { InvoiceDocument } from '@shared/invoicing/invoice-document';
import type { VatBreakdownEntry } from '@shared/invoicing/totals';
import { centsToDecimalString } from '@shared/money/euros';
import { CURRENCY, rateForXml, type DocumentFacts } from './document-facts';
import { el, leaf, optionalLeaf, type XmlElement } from './xml-writer';

/** Every UBL amount carries its currency. */
export function money(name: string, cents: number): XmlElement {
  return leaf(name, centsToDecimalString(cents), { currencyID: CURRENCY }) as XmlElement;
}

function vatScheme(): XmlElement {
  return el('cac:TaxScheme', leaf('cbc:ID', 'VAT'));
}

/** A TaxCategory without reason: document allowances and (as ClassifiedTaxCategory) lines. */
export function taxCategory(name: 'cac:TaxCategory' | 'cac:ClassifiedTaxCategory', category: string, rate: string): XmlElement {
  return el(name, leaf('cbc:ID', category), leaf('cbc:Percent', rateForXml(category, rate)), vatScheme());
}

/**
 * BG-16. A credit note has no root DueDate in UBL 2.1: its BT-9 goes in PaymentMeans/PaymentDueDate. None when
 * nothing is paid (a credit note that refunds nothing).
 */
export function ublPaymentMeans(doc: InvoiceDocument, facts: DocumentFacts): XmlElement | null {
  const means = doc.invoice.paymentMeans;
  if (means === undefined) return null;
  return el(
    'cac:PaymentMeans',
    leaf('cbc:PaymentMeansCode', means.code),
    facts.isCreditNote ? leaf('cbc:PaymentDueDate', facts.dueDate) : null,
    leaf('cbc:PaymentID', facts.number),
    facts.iban === undefined
      ? null
      : el(
          'cac:PayeeFinancialAccount',
          leaf('cbc:ID', facts.iban),
          facts.bic === undefined ? null : el('cac:FinancialInstitutionBranch', leaf('cbc:ID', facts.bic)),
        ),
  );
}

export function ublPaymentTerms(facts: DocumentFacts): XmlElement | null {
  return facts.paymentTermsText.trim() === '' ? null : el('cac:PaymentTerms', optionalLeaf('cbc:Note', facts.paymentTermsText));
}

/** BG-20 document allowances, then BG-21 document charges. */
export function ublAllowances(doc: InvoiceDocument): XmlElement[] {
  const entry = (isCharge: boolean) => (item: { amountCents: number; reason: string; vatCategory: string; vatRate: string }) =>
    el(
      'cac:AllowanceCharge',
      leaf('cbc:ChargeIndicator', isCharge ? 'true' : 'false'),
      leaf('cbc:AllowanceChargeReason', item.reason),
      money('cbc:Amount', item.amountCents),
      taxCategory('cac:TaxCategory', item.vatCategory, item.vatRate),
    );
  return [...(doc.invoice.allowances ?? []).map(entry(false)), ...(doc.invoice.charges ?? []).map(entry(true))];
}

/** BG-23 with BT-120/BT-121 on the breakdown only (TaxCategoryType order: ID, Percent, code, reason, scheme). */
function subtotal(entry: VatBreakdownEntry): XmlElement {
  return el(
    'cac:TaxSubtotal',
    money('cbc:TaxableAmount', entry.base),
    money('cbc:TaxAmount', entry.amount),
    el(
      'cac:TaxCategory',
      leaf('cbc:ID', entry.category),
      leaf('cbc:Percent', rateForXml(entry.category, entry.rate)),
      leaf('cbc:TaxExemptionReasonCode', entry.exemptionCode),
      leaf('cbc:TaxExemptionReason', entry.exemptionReason),
      vatScheme(),
    ),
  );
}

export function ublTaxTotal(facts: DocumentFacts): XmlElement {
  return el('cac:TaxTotal', money('cbc:TaxAmount', facts.totals.totals.taxTotal), facts.totals.vatBreakdown.map(subtotal));
}

/** BG-22 in MonetaryTotalType order. */
export function ublMonetaryTotal(facts: DocumentFacts, hasAllowances: boolean, hasCharges = false): XmlElement {
  const t = facts.totals.totals;
  return el(
    'cac:LegalMonetaryTotal',
    money('cbc:LineExtensionAmount', t.lineTotal),
    money('cbc:TaxExclusiveAmount', t.taxBasisTotal),
    money('cbc:TaxInclusiveAmount', t.grandTotal),
    hasAllowances ? money('cbc:AllowanceTotalAmount', t.allowanceTotal) : null,
    hasCharges ? money('cbc:ChargeTotalAmount', t.chargeTotal) : null,
    t.prepaid > 0 ? money('cbc:PrepaidAmount', t.prepaid) : null,
    money('cbc:PayableAmount', t.dueAmount),
  );
}
