import type { InvoiceDocument } from '@shared/invoicing/invoice-document';
import type { VatBreakdownEntry } from '@shared/invoicing/totals';
import { centsToDecimalString } from '@shared/money/euros';
import { dateString } from './cii-parties';
import { CURRENCY, rateForXml, type DocumentFacts } from './document-facts';
import { el, leaf, optionalLeaf, type XmlElement } from './xml-writer';

const amount = centsToDecimalString;

/**
 * One BG-23 VAT breakdown. TradeTaxType order is enforced by the XSD: CalculatedAmount, TypeCode,
 * ExemptionReason, BasisAmount, CategoryCode, ExemptionReasonCode, RateApplicablePercent. The exemption
 * text (BT-120) and code (BT-121) live here only, never on the lines (a PA rejected that, Dolibarr #974).
 */
function breakdown(entry: VatBreakdownEntry, facts: DocumentFacts): XmlElement {
  return el(
    'ram:ApplicableTradeTax',
    leaf('ram:CalculatedAmount', amount(entry.amount)),
    leaf('ram:TypeCode', 'VAT'),
    leaf('ram:ExemptionReason', entry.exemptionReason),
    leaf('ram:BasisAmount', amount(entry.base)),
    leaf('ram:CategoryCode', entry.category),
    leaf('ram:ExemptionReasonCode', entry.exemptionCode),
    // BT-8 = 5 (UNTDID 2475, invoice date): the option pour les débits, VAT due when the invoice is issued.
    facts.vatOnDebits && entry.category === 'S' ? leaf('ram:DueDateTypeCode', '5') : null,
    leaf('ram:RateApplicablePercent', rateForXml(entry.category, entry.rate)),
  );
}

/** BG-20 allowances and BG-21 charges, each on one VAT category and rate (BT-95/BT-102, BT-96/BT-103). */
function allowancesAndCharges(doc: InvoiceDocument): XmlElement[] {
  const entry = (isCharge: boolean) => (item: { amountCents: number; reason: string; vatCategory: string; vatRate: string }) =>
    el(
      'ram:SpecifiedTradeAllowanceCharge',
      el('ram:ChargeIndicator', leaf('udt:Indicator', isCharge ? 'true' : 'false')),
      leaf('ram:ActualAmount', amount(item.amountCents)),
      leaf('ram:Reason', item.reason),
      el('ram:CategoryTradeTax', leaf('ram:TypeCode', 'VAT'), leaf('ram:CategoryCode', item.vatCategory), leaf('ram:RateApplicablePercent', rateForXml(item.vatCategory, item.vatRate))),
    );
  return [...(doc.invoice.allowances ?? []).map(entry(false)), ...(doc.invoice.charges ?? []).map(entry(true))];
}

/** BG-16: means code (BT-81); for a transfer, the payee's IBAN (BT-84, BR-61) and BIC (BT-86). None when nothing is paid. */
function paymentMeans(doc: InvoiceDocument, facts: DocumentFacts): XmlElement | null {
  const means = doc.invoice.paymentMeans;
  if (means === undefined) return null;
  return el(
    'ram:SpecifiedTradeSettlementPaymentMeans',
    leaf('ram:TypeCode', means.code),
    facts.iban === undefined ? null : el('ram:PayeePartyCreditorFinancialAccount', leaf('ram:IBANID', facts.iban)),
    facts.iban === undefined || facts.bic === undefined ? null : el('ram:PayeeSpecifiedCreditorFinancialInstitution', leaf('ram:BICID', facts.bic)),
  );
}

/** BG-22, in the XSD order; charge, allowance and prepaid totals only when there are some. */
function monetarySummation(facts: DocumentFacts, hasAllowances: boolean, hasCharges: boolean): XmlElement {
  const t = facts.totals.totals;
  return el(
    'ram:SpecifiedTradeSettlementHeaderMonetarySummation',
    leaf('ram:LineTotalAmount', amount(t.lineTotal)),
    hasCharges ? leaf('ram:ChargeTotalAmount', amount(t.chargeTotal)) : null,
    hasAllowances ? leaf('ram:AllowanceTotalAmount', amount(t.allowanceTotal)) : null,
    leaf('ram:TaxBasisTotalAmount', amount(t.taxBasisTotal)),
    leaf('ram:TaxTotalAmount', amount(t.taxTotal), { currencyID: CURRENCY }),
    leaf('ram:GrandTotalAmount', amount(t.grandTotal)),
    t.prepaid > 0 ? leaf('ram:TotalPrepaidAmount', amount(t.prepaid)) : null,
    leaf('ram:DuePayableAmount', amount(t.dueAmount)),
  );
}

/** ApplicableHeaderTradeSettlement, in HeaderTradeSettlementType order. */
export function ciiHeaderSettlement(doc: InvoiceDocument, facts: DocumentFacts): XmlElement {
  const references = [...(doc.invoice.precedingInvoice ? [doc.invoice.precedingInvoice] : []), ...(doc.invoice.downPayments ?? [])];
  const hasAllowances = (doc.invoice.allowances ?? []).length > 0;
  const hasCharges = (doc.invoice.charges ?? []).length > 0;
  return el(
    'ram:ApplicableHeaderTradeSettlement',
    // BT-83: the invoice number is what the buyer's accounts payable quote on the transfer.
    leaf('ram:PaymentReference', facts.number),
    leaf('ram:InvoiceCurrencyCode', doc.invoice.currency),
    paymentMeans(doc, facts),
    facts.totals.vatBreakdown.map((entry) => breakdown(entry, facts)),
    allowancesAndCharges(doc),
    el(
      'ram:SpecifiedTradePaymentTerms',
      optionalLeaf('ram:Description', facts.paymentTermsText),
      facts.dueDate === undefined ? null : el('ram:DueDateDateTime', dateString(facts.dueDate)),
    ),
    monetarySummation(facts, hasAllowances, hasCharges),
    // BG-3: the invoice a credit note corrects, or the down-payment invoices a final invoice deducts.
    references.map((reference) =>
      el('ram:InvoiceReferencedDocument', leaf('ram:IssuerAssignedID', reference.number), el('ram:FormattedIssueDateTime', dateString(reference.issueDate, 'qdt'))),
    ),
  );
}

/** Line VAT (BG-30): category and rate only; the reason is a header matter (see breakdown()). */
export function ciiLineTax(category: string, rate: string): XmlElement {
  return el('ram:ApplicableTradeTax', leaf('ram:TypeCode', 'VAT'), leaf('ram:CategoryCode', category), leaf('ram:RateApplicablePercent', rateForXml(category, rate)));
}

/** The line allowance (BG-27): BT-136 amount and BT-139 reason ("Remise" when none was typed). */
export function ciiLineAllowance(amountCents: number, reason: string | undefined): XmlElement {
  return el(
    'ram:SpecifiedTradeAllowanceCharge',
    el('ram:ChargeIndicator', leaf('udt:Indicator', 'false')),
    leaf('ram:ActualAmount', amount(amountCents)),
    leaf('ram:Reason', reason?.trim() ? reason : 'Remise'),
  );
}
