import type { InvoiceDocument } from '@shared/invoicing/invoice-document';
import { ciiHeaderAgreement, ciiHeaderDelivery, dateString } from './cii-parties';
import { ciiLines } from './cii-lines';
import { ciiHeaderSettlement } from './cii-settlement';
import { documentFacts, EN16931_SPECIFICATION } from './document-facts';
import { el, elWith, leaf, serializeXml } from './xml-writer';

const NAMESPACES = {
  'xmlns:rsm': 'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100',
  'xmlns:ram': 'urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100',
  'xmlns:qdt': 'urn:un:unece:uncefact:data:standard:QualifiedDataType:100',
  'xmlns:udt': 'urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100',
};

/**
 * The UN/CEFACT CII D16B invoice of an issued document, Factur-X 1.0 EN 16931 profile (the XML the PDF
 * embeds as factur-x.xml). Throws UnissuedDocumentError without a number. Deterministic: same document,
 * same bytes.
 */
export function serializeCii(doc: InvoiceDocument): string {
  const facts = documentFacts(doc);
  const root = elWith(
    'rsm:CrossIndustryInvoice',
    NAMESPACES,
    el(
      'rsm:ExchangedDocumentContext',
      // BT-23: Chorus Pro's cadre de facturation (docs/einvoice-decisions.md); BT-24: the EN 16931 profile.
      facts.businessProcess === undefined ? null : el('ram:BusinessProcessSpecifiedDocumentContextParameter', leaf('ram:ID', facts.businessProcess)),
      el('ram:GuidelineSpecifiedDocumentContextParameter', leaf('ram:ID', EN16931_SPECIFICATION)),
    ),
    el(
      'rsm:ExchangedDocument',
      leaf('ram:ID', facts.number),
      leaf('ram:TypeCode', doc.invoice.typeCode),
      el('ram:IssueDateTime', dateString(doc.invoice.issueDate)),
      // One note per mention, one Content each (FX-SCH-A-000160), subject code after it.
      doc.invoice.notes.map((note) => el('ram:IncludedNote', leaf('ram:Content', note.text), leaf('ram:SubjectCode', note.subject))),
    ),
    el('rsm:SupplyChainTradeTransaction', ciiLines(doc, facts), ciiHeaderAgreement(doc, facts), ciiHeaderDelivery(doc), ciiHeaderSettlement(doc, facts)),
  );
  return serializeXml(root);
}
