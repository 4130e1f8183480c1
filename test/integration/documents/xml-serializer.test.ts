import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InvoiceDocument } from '@shared/invoicing/invoice-document';
import { computeTotals } from '@shared/invoicing/totals';
import { centsToDecimalString } from '@shared/money/euros';
import { escapeAttribute, escapeText, serializeCii, serializeUbl, UnissuedDocumentError } from '../../../main/services/documents/xml';
import { CORPUS_DIR } from '../../support/corpus/corpus';
import { franchiseInvoiceToTownHall } from '../../unit/domain/invoice-fixtures';

const corpusDoc = (name: string) => InvoiceDocument.parse(JSON.parse(readFileSync(`${CORPUS_DIR}${name}.json`, 'utf8')));
/** Whitespace between tags removed, so fragments can be compared whatever the indentation. */
const compact = (xml: string) => xml.replace(/>\s+</g, '><');
const count = (xml: string, pattern: RegExp) => (xml.match(pattern) ?? []).length;
/** The copies of ../shared/design/examples kept by the validation oracle (identical, checked there). */
const REFERENCE = fileURLToPath(new URL('../../support/validation/fixtures/', import.meta.url));

describe('XML escaping', () => {
  it('escapes the five markup characters and keeps accents and emoji as UTF-8', () => {
    expect(escapeText(`Dupont & Fils <SA> "dit" l'ami ]]> été 🎨`)).toBe('Dupont &amp; Fils &lt;SA&gt; &quot;dit&quot; l&apos;ami ]]&gt; été 🎨');
  });

  it('drops characters XML 1.0 cannot carry and keeps tab, LF and CR (CR as a reference)', () => {
    expect(escapeText('a\u0000b\u0007c\u000bd\u001fe\u0085f\ufffeg\ud800h\tI\nJ\rK')).toBe('abcdefgh\tI\nJ&#13;K');
    expect(escapeText('🎨\udc00')).toBe('🎨');
  });

  it('writes tab, LF and CR in attributes as references (parsers would normalise them to spaces)', () => {
    expect(escapeAttribute('a\tb\nc\rd"e')).toBe('a&#9;b&#10;c&#13;d&quot;e');
  });

  it('escapes names, descriptions and references inside the serialized documents', () => {
    const doc = corpusDoc('me-franchise-caracteres-speciaux');
    for (const xml of [serializeCii(doc), serializeUbl(doc)]) {
      expect(xml).toContain('Dupont &amp; Fils &lt;Conseil&gt; &quot;Le Bon Choix&quot; l&apos;Artisan EI');
      expect(xml).toContain('PO&amp;&lt;42&gt;&quot;&apos;');
      expect(xml).toContain(']]&gt; fin');
      expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;|#\d+;)/);
    }
    const emoji = corpusDoc('me-franchise-accents-emoji');
    expect(serializeCii(emoji)).toContain('Création de logo 🎨 et charte graphique ✨');
    expect(serializeUbl(emoji)).toContain('Séance photo 📸👩‍💻 (tabulation\tet\nretour à la ligne)');
  });
});

describe('serializeCii / serializeUbl', () => {
  it('refuse a document without a number, with a French message', () => {
    const draft = franchiseInvoiceToTownHall();
    delete draft.invoice.number;
    expect(() => serializeCii(draft)).toThrow(UnissuedDocumentError);
    expect(() => serializeUbl({ ...draft, invoice: { ...draft.invoice, number: '   ' } })).toThrow(/n’a pas de numéro\u00a0: émettez la facture/);
  });

  it('are deterministic: the same document gives the same bytes', () => {
    const doc = corpusDoc('sarl-tva-remises-globales');
    expect(serializeCii(structuredClone(doc))).toBe(serializeCii(doc));
    expect(serializeUbl(structuredClone(doc))).toBe(serializeUbl(doc));
  });

  it('write the franchise invoice as the reference example does (parties, routing, header VAT, BT-32)', () => {
    const ours = compact(serializeCii(franchiseInvoiceToTownHall()));
    const reference = compact(readFileSync(`${REFERENCE}me-franchise.cii.xml`, 'utf8'));
    const block = (xml: string, name: string) => new RegExp(`<ram:${name}>.*?</ram:${name}>`).exec(xml)?.[0];
    for (const name of ['ExchangedDocumentContext', 'BuyerTradeParty', 'BuyerOrderReferencedDocument', 'ApplicableHeaderTradeDelivery', 'SpecifiedTradeSettlementPaymentMeans', 'SpecifiedTradeSettlementHeaderMonetarySummation']) {
      expect(block(ours.replace('l’Hôtel', "l'Hôtel"), name), name).toBe(block(reference, name));
    }
    expect(ours).toContain('<ram:BuyerReference>SERV-FIN-01</ram:BuyerReference>');
    expect(ours).toContain('<ram:GlobalID schemeID="0009">73282932000074</ram:GlobalID>');
    expect(ours).toContain('<ram:SpecifiedLegalOrganization><ram:ID schemeID="0002">732829320</ram:ID></ram:SpecifiedLegalOrganization>');
    expect(ours).toContain('<ram:SpecifiedTaxRegistration><ram:ID schemeID="FC">732829320</ram:ID></ram:SpecifiedTaxRegistration>');
    const headerTax = /<ram:ApplicableHeaderTradeSettlement>.*?(<ram:ApplicableTradeTax>.*?<\/ram:ApplicableTradeTax>)/.exec(ours)?.[1];
    expect(headerTax).toBe(/<ram:ApplicableHeaderTradeSettlement>.*?(<ram:ApplicableTradeTax>.*?<\/ram:ApplicableTradeTax>)/.exec(reference)?.[1]);
  });

  it('put the exemption text on the VAT breakdown only, never on the lines', () => {
    const doc = corpusDoc('ei-tva-formation-exoneree-et-20');
    const cii = compact(serializeCii(doc));
    expect(count(cii, /<ram:ExemptionReason>/g)).toBe(1);
    expect(cii).not.toMatch(/<ram:SpecifiedLineTradeSettlement><ram:ApplicableTradeTax>(?:(?!<\/ram:ApplicableTradeTax>).)*Exemption/);
    expect(count(compact(serializeUbl(doc)), /<cbc:TaxExemptionReason>/g)).toBe(1);
  });

  it('write one note per mention with one Content each, and #CODE# prefixes in UBL', () => {
    const doc = corpusDoc('me-franchise-mentions-libres');
    const cii = compact(serializeCii(doc));
    expect(count(cii, /<ram:IncludedNote>/g)).toBe(5);
    expect(count(cii, /<ram:IncludedNote><ram:Content>[^<]*<\/ram:Content><ram:SubjectCode>[A-Z]{3}<\/ram:SubjectCode><\/ram:IncludedNote>/g)).toBe(5);
    const ubl = serializeUbl(doc);
    for (const code of ['PMD', 'PMT', 'AAB', 'REG', 'AAI']) expect(ubl).toContain(`<cbc:Note>#${code}#`);
  });

  it('write a VAT seller’s number (VA / VAT) and no FC registration', () => {
    const doc = corpusDoc('sarl-tva-20-entreprise');
    expect(serializeCii(doc)).toContain(`<ram:ID schemeID="VA">${doc.seller.vatNumber}</ram:ID>`);
    expect(serializeCii(doc)).not.toContain('schemeID="FC"');
    expect(compact(serializeUbl(doc))).toContain(`<cac:PartyTaxScheme><cbc:CompanyID>${doc.seller.vatNumber}</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID>`);
  });

  it('write a credit note with BT-25/BT-26, and as a UBL CreditNote', () => {
    const doc = corpusDoc('sarl-tva-avoir-partiel-taux-mixtes');
    const cii = compact(serializeCii(doc));
    expect(cii).toContain('<ram:TypeCode>381</ram:TypeCode>');
    expect(cii).toContain('<ram:InvoiceReferencedDocument><ram:IssuerAssignedID>FA-2025-102</ram:IssuerAssignedID><ram:FormattedIssueDateTime><qdt:DateTimeString format="102">20250301</qdt:DateTimeString></ram:FormattedIssueDateTime></ram:InvoiceReferencedDocument>');
    const ubl = compact(serializeUbl(doc));
    expect(ubl).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><CreditNote xmlns="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"/);
    expect(ubl).toContain('<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>');
    expect(ubl).toContain('<cac:BillingReference><cac:InvoiceDocumentReference><cbc:ID>FA-2025-102</cbc:ID><cbc:IssueDate>2025-03-01</cbc:IssueDate>');
    expect(ubl).toContain('<cbc:CreditedQuantity unitCode="HUR">1</cbc:CreditedQuantity>');
    // Nothing was paid: the note only reduces the invoice, so no payment means, no due date, and BT-20 says so.
    expect(ubl).not.toContain('<cac:PaymentMeans>');
    expect(ubl).not.toContain('<cbc:DueDate>');
    expect(cii).toContain('<ram:SpecifiedTradePaymentTerms><ram:Description>Aucun paiement n’est dû\u00a0: cet avoir vient en déduction de la facture n°\u00a0FA-2025-102 du 01/03/2025.</ram:Description></ram:SpecifiedTradePaymentTerms>');
  });

  it('write a refunding credit note with its means and refund date (PaymentDueDate in UBL)', () => {
    const ubl = compact(serializeUbl(corpusDoc('sarl-tva-avoir-remboursement-cheque')));
    expect(ubl).toContain('<cac:PaymentMeans><cbc:PaymentMeansCode>20</cbc:PaymentMeansCode><cbc:PaymentDueDate>2025-03-14</cbc:PaymentDueDate>');
    expect(ubl).toContain('<cac:PaymentTerms><cbc:Note>Remboursement par chèque</cbc:Note></cac:PaymentTerms>');
  });

  it('write the reform’s fields for a company buyer: BT-23, SIREN in BT-47, 0225 addresses, BT-8, BG-15, BG-21, BG-3 of a final invoice', () => {
    const goods = compact(serializeCii(corpusDoc('sarl-tva-b2b-livraison-biens-debits')));
    expect(goods).toContain('<ram:BusinessProcessSpecifiedDocumentContextParameter><ram:ID>M1</ram:ID>');
    expect(goods).toMatch(/<ram:BuyerTradeParty><ram:GlobalID schemeID="0009">(\d{9})\d{5}<\/ram:GlobalID><ram:Name>[^<]*<\/ram:Name><ram:SpecifiedLegalOrganization><ram:ID schemeID="0002">\1<\/ram:ID>/);
    expect(goods).toMatch(/<ram:URIUniversalCommunication><ram:URIID schemeID="0225">\d{9}<\/ram:URIID><\/ram:URIUniversalCommunication>/);
    expect(goods).toContain('<ram:DueDateTypeCode>5</ram:DueDateTypeCode>');
    expect(goods).toContain('<ram:ShipToTradeParty><ram:PostalTradeAddress><ram:PostcodeCode>44300</ram:PostcodeCode><ram:LineOne>Chantier Les Tilleuls</ram:LineOne>');
    const charge = compact(serializeCii(corpusDoc('sarl-tva-frais-deplacement')));
    expect(charge).toContain('<ram:ChargeIndicator><udt:Indicator>true</udt:Indicator></ram:ChargeIndicator><ram:ActualAmount>85.00</ram:ActualAmount><ram:Reason>Frais de déplacement</ram:Reason>');
    expect(charge).toContain('<ram:ChargeTotalAmount>85.00</ram:ChargeTotalAmount>');
    const final = compact(serializeCii(corpusDoc('sarl-tva-facture-finale-apres-acompte')));
    expect(final).toContain('<ram:ID>M4</ram:ID>');
    expect(final).toContain('<ram:InvoiceReferencedDocument><ram:IssuerAssignedID>FA-2025-123</ram:IssuerAssignedID>');
    expect(compact(serializeCii(corpusDoc('sarl-tva-facture-acompte-386')))).toContain('<ram:TypeCode>386</ram:TypeCode>');
    expect(compact(serializeUbl(corpusDoc('sarl-tva-facture-acompte-386')))).toContain('<cbc:InvoiceTypeCode>386</cbc:InvoiceTypeCode>');
  });

  it('write every amount with exactly 2 decimals, totals as computeTotals gives them, quantities and prices exactly', () => {
    const doc = corpusDoc('sarl-tva-prix-4-decimales');
    const cii = serializeCii(doc);
    const amounts = [...cii.matchAll(/<ram:(\w*Amount)(?: [^>]*)?>([^<]*)</g)].filter(([, name]) => name !== 'ChargeAmount');
    expect(amounts.length).toBeGreaterThan(10);
    for (const [, name, value] of amounts) expect(value, name).toMatch(/^-?\d+\.\d{2}$/);
    const { totals } = computeTotals(doc);
    expect(cii).toContain(`<ram:TaxBasisTotalAmount>${centsToDecimalString(totals.taxBasisTotal)}</ram:TaxBasisTotalAmount>`);
    expect(cii).toContain(`<ram:GrandTotalAmount>${centsToDecimalString(totals.grandTotal)}</ram:GrandTotalAmount>`);
    expect(cii).toContain('<ram:BilledQuantity unitCode="MTQ">12.345</ram:BilledQuantity>');
    expect(cii).toContain('<ram:ChargeAmount>4.1234</ram:ChargeAmount>');
    expect(serializeUbl(doc)).toContain('<cbc:PriceAmount currencyID="EUR">35.1234</cbc:PriceAmount>');
  });

  it('write the cadre de facturation A1 (BT-23) for public buyers only', () => {
    expect(serializeUbl(corpusDoc('me-franchise-mairie'))).toContain('<cbc:ProfileID>A1</cbc:ProfileID>');
    expect(serializeCii(corpusDoc('me-franchise-particulier'))).not.toContain('BusinessProcessSpecifiedDocumentContextParameter');
    expect(serializeUbl(corpusDoc('me-franchise-particulier'))).not.toContain('ProfileID');
  });

  it('write no VAT rate at all for a "not subject to VAT" (O) invoice (BR-O-05, BR-48)', () => {
    const doc = corpusDoc('association-hors-champ');
    expect(serializeCii(doc)).not.toContain('RateApplicablePercent');
    expect(serializeUbl(doc)).not.toContain('<cbc:Percent>');
  });
});
