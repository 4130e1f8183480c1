import type { InvoiceDocument } from '@shared/invoicing/invoice-document';
import { documentFacts, EN16931_SPECIFICATION, nonEmpty } from './document-facts';
import { ublDelivery, ublParties } from './ubl-parties';
import { ublLines } from './ubl-lines';
import { ublAllowances, ublMonetaryTotal, ublPaymentMeans, ublPaymentTerms, ublTaxTotal } from './ubl-settlement';
import { el, elWith, leaf, serializeXml } from './xml-writer';

const COMMON_NAMESPACES = {
  'xmlns:cac': 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  'xmlns:cbc': 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
};

/**
 * The OASIS UBL 2.1 form of an issued document, EN 16931 (CustomizationID urn:cen.eu:en16931:2017):
 * an Invoice (380) or a CreditNote (381), whose root and line elements differ. Same facts as the CII
 * (document-facts.ts). Throws UnissuedDocumentError without a number. Deterministic.
 */
export function serializeUbl(doc: InvoiceDocument): string {
  const facts = documentFacts(doc);
  const { invoice } = doc;
  const root = facts.isCreditNote ? 'CreditNote' : 'Invoice';
  const references = [...(invoice.precedingInvoice ? [invoice.precedingInvoice] : []), ...(invoice.downPayments ?? [])];
  const hasAllowances = (invoice.allowances ?? []).length > 0;
  const hasCharges = (invoice.charges ?? []).length > 0;
  return serializeXml(
    elWith(
      root,
      { xmlns: `urn:oasis:names:specification:ubl:schema:xsd:${root}-2`, ...COMMON_NAMESPACES },
      leaf('cbc:CustomizationID', EN16931_SPECIFICATION),
      leaf('cbc:ProfileID', facts.businessProcess),
      leaf('cbc:ID', facts.number),
      leaf('cbc:IssueDate', invoice.issueDate),
      facts.isCreditNote || facts.dueDate === undefined ? null : leaf('cbc:DueDate', facts.dueDate),
      leaf(facts.isCreditNote ? 'cbc:CreditNoteTypeCode' : 'cbc:InvoiceTypeCode', invoice.typeCode),
      // The #SUBJECT# prefix is how UBL carries a note's subject code (the BR-FR UBL rules read it).
      invoice.notes.map((note) => leaf('cbc:Note', `#${note.subject}#${note.text}`)),
      leaf('cbc:DocumentCurrencyCode', invoice.currency),
      leaf('cbc:BuyerReference', nonEmpty(invoice.serviceCode)),
      // BT-8 = 3 (UNTDID 2005, invoice date): the option pour les débits.
      facts.vatOnDebits ? el('cac:InvoicePeriod', leaf('cbc:DescriptionCode', '3')) : null,
      facts.orderReference === undefined ? null : el('cac:OrderReference', leaf('cbc:ID', facts.orderReference)),
      references.map((reference) => el('cac:BillingReference', el('cac:InvoiceDocumentReference', leaf('cbc:ID', reference.number), leaf('cbc:IssueDate', reference.issueDate)))),
      nonEmpty(invoice.marketNumber) === undefined ? null : el('cac:ContractDocumentReference', leaf('cbc:ID', nonEmpty(invoice.marketNumber))),
      ublParties(doc, facts),
      ublDelivery(doc),
      ublPaymentMeans(doc, facts),
      ublPaymentTerms(facts),
      ublAllowances(doc),
      ublTaxTotal(facts),
      ublMonetaryTotal(facts, hasAllowances, hasCharges),
      ublLines(doc, facts),
    ),
  );
}
