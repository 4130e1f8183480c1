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
  const preceding = invoice.precedingInvoice;
  const hasAllowances = (invoice.allowances ?? []).length > 0;
  return serializeXml(
    elWith(
      root,
      { xmlns: `urn:oasis:names:specification:ubl:schema:xsd:${root}-2`, ...COMMON_NAMESPACES },
      leaf('cbc:CustomizationID', EN16931_SPECIFICATION),
      leaf('cbc:ProfileID', facts.businessProcess),
      leaf('cbc:ID', facts.number),
      leaf('cbc:IssueDate', invoice.issueDate),
      facts.isCreditNote ? null : leaf('cbc:DueDate', facts.dueDate),
      leaf(facts.isCreditNote ? 'cbc:CreditNoteTypeCode' : 'cbc:InvoiceTypeCode', invoice.typeCode),
      // The #SUBJECT# prefix is how UBL carries a note's subject code (the BR-FR UBL rules read it).
      invoice.notes.map((note) => leaf('cbc:Note', `#${note.subject}#${note.text}`)),
      leaf('cbc:DocumentCurrencyCode', invoice.currency),
      leaf('cbc:BuyerReference', nonEmpty(invoice.serviceCode)),
      facts.orderReference === undefined ? null : el('cac:OrderReference', leaf('cbc:ID', facts.orderReference)),
      preceding === undefined
        ? null
        : el('cac:BillingReference', el('cac:InvoiceDocumentReference', leaf('cbc:ID', preceding.number), leaf('cbc:IssueDate', preceding.issueDate))),
      nonEmpty(invoice.marketNumber) === undefined ? null : el('cac:ContractDocumentReference', leaf('cbc:ID', nonEmpty(invoice.marketNumber))),
      ublParties(doc, facts),
      ublDelivery(doc),
      ublPaymentMeans(doc, facts),
      ublPaymentTerms(facts),
      ublAllowances(doc),
      ublTaxTotal(facts),
      ublMonetaryTotal(facts, hasAllowances),
      ublLines(doc, facts),
    ),
  );
}
