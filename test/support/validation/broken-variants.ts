/**
 * Deliberately broken variants of the reference invoices, to prove the oracle catches each class of
 * defect. Every edit fails loudly when its anchor is missing: a silently unchanged document would
 * make a "must be rejected" test meaningless.
 */

function replaceOnce(xml: string, pattern: RegExp | string, replacement: string, what: string): string {
  const found = typeof pattern === 'string' ? xml.includes(pattern) : pattern.test(xml);
  if (!found) throw new Error(`broken variant "${what}": anchor not found in the reference XML`);
  return xml.replace(pattern, replacement);
}

/** Drops BT-32 (seller tax registration, schemeID FC): a category E invoice without it breaks BR-E-02. */
export function ciiWithoutSellerTaxRegistration(cii: string): string {
  return replaceOnce(cii, /\s*<ram:SpecifiedTaxRegistration><ram:ID schemeID="FC">[^<]*<\/ram:ID><\/ram:SpecifiedTaxRegistration>/, '', 'remove BT-32');
}

/** The UBL twin of BT-32: the PartyTaxScheme whose scheme is not VAT. */
export function ublWithoutSellerTaxScheme(ubl: string): string {
  return replaceOnce(ubl, /\s*<cac:PartyTaxScheme>(?:(?!<\/cac:PartyTaxScheme>)[\s\S])*<cbc:ID>FC<\/cbc:ID>[\s\S]*?<\/cac:PartyTaxScheme>/, '', 'remove UBL BT-32');
}

/** Sets one amount of the header monetary summation (e.g. TaxBasisTotalAmount = BT-109). */
export function ciiWithHeaderTotal(cii: string, element: 'LineTotalAmount' | 'TaxBasisTotalAmount' | 'GrandTotalAmount' | 'DuePayableAmount', value: string): string {
  const summation = /<ram:SpecifiedTradeSettlementHeaderMonetarySummation>[\s\S]*?<\/ram:SpecifiedTradeSettlementHeaderMonetarySummation>/;
  const block = summation.exec(cii)?.[0];
  if (!block) throw new Error('broken variant "header total": no header monetary summation');
  const changed = replaceOnce(block, new RegExp(`<ram:${element}>[^<]*</ram:${element}>`), `<ram:${element}>${value}</ram:${element}>`, `header ${element}`);
  return cii.replace(block, changed);
}

/** An element the CII schema does not know: only the XSD can catch it (the schematron ignores it). */
export function ciiWithUnknownElement(cii: string): string {
  return replaceOnce(cii, /(<ram:SpecifiedTradeProduct><ram:Name>[^<]*<\/ram:Name>)/, '$1<ram:Colour>bleu</ram:Colour>', 'unknown element');
}

/** CategoryCode before CalculatedAmount/TypeCode in the header VAT breakdown: wrong sequence order. */
export function ciiWithWrongTaxElementOrder(cii: string): string {
  return replaceOnce(
    cii,
    /(<ram:ApplicableTradeTax>\s*)(<ram:CalculatedAmount>[^<]*<\/ram:CalculatedAmount>)/,
    '$1<ram:CategoryCode>E</ram:CategoryCode>$2',
    'wrong element order',
  ).replace(/(<ram:BasisAmount>[^<]*<\/ram:BasisAmount>\s*)<ram:CategoryCode>E<\/ram:CategoryCode>/, '$1');
}

/** Two ram:Content in one note: valid D16B, but the Factur-X EN16931 XSD allows only one. */
export function ciiWithTwoContentsInOneNote(cii: string): string {
  return replaceOnce(cii, /(<ram:IncludedNote><ram:Content>[^<]*<\/ram:Content>)/, '$1<ram:Content>Seconde ligne.</ram:Content>', 'second note content');
}

/** ExemptionReason repeated on the line VAT: "marked as not used" for Factur-X (Dolibarr #974). */
export function ciiWithLineExemptionReason(cii: string): string {
  return replaceOnce(
    cii,
    '<ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>E</ram:CategoryCode>',
    '<ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:ExemptionReason>TVA non applicable, art. 293 B du CGI</ram:ExemptionReason><ram:CategoryCode>E</ram:CategoryCode>',
    'line exemption reason',
  );
}

/** A currency code outside ISO 4217 for the document and every amount (BR-CL-03, BR-CL-04). */
export function ublWithCurrency(ubl: string, code: string): string {
  const withDocument = replaceOnce(ubl, /<cbc:DocumentCurrencyCode>[^<]*<\/cbc:DocumentCurrencyCode>/, `<cbc:DocumentCurrencyCode>${code}</cbc:DocumentCurrencyCode>`, 'document currency');
  return withDocument.replace(/currencyID="[^"]*"/g, `currencyID="${code}"`);
}

/**
 * The reference UBL invoice turned into a CreditNote (381): the other UBL root, with its own XSD.
 * UBL 2.1 CreditNote has no cbc:DueDate, so it is dropped (BT-9 would go in PaymentMeans).
 */
export function ublAsCreditNote(ubl: string): string {
  return replaceOnce(ubl, /<cbc:DueDate>[^<]*<\/cbc:DueDate>\s*/, '', 'drop DueDate')
    .replace('urn:oasis:names:specification:ubl:schema:xsd:Invoice-2', 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2')
    .replace(/<(\/?)Invoice([\s>])/g, '<$1CreditNote$2')
    .replace(/<cbc:InvoiceTypeCode>380<\/cbc:InvoiceTypeCode>/, '<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>')
    .replace(/<(\/?)cac:InvoiceLine>/g, '<$1cac:CreditNoteLine>')
    .replace(/<(\/?)cbc:InvoicedQuantity/g, '<$1cbc:CreditedQuantity');
}
