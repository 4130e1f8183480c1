/**
 * What Chorus Pro reads from a deposited invoice to route it (chorus-pro-api.md §4): number, type, date,
 * buyer SIRET (BT-47), service code (BT-10), engagement (BT-13), seller identifiers and totals. A reader
 * by element names is enough for the simulator: our serializers write plain, prefixed XML.
 */
export interface InvoiceFacts {
  syntax: 'CII' | 'UBL';
  number: string | null;
  typeCode: string | null;
  issueDate: string | null;
  frameworkCode: string | null;
  serviceCode: string | null;
  engagementNumber: string | null;
  buyerIdentifiers: string[];
  buyerName: string | null;
  sellerIdentifiers: string[];
  totalWithoutVat: number | null;
  totalWithVat: number | null;
  amountDue: number | null;
}

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();

/** Inner XML of the first element named `name` (any namespace prefix) inside `xml`. */
function section(xml: string | null, name: string): string | null {
  if (xml === null) return null;
  const match = new RegExp(`<(?:[\\w.-]+:)?${name}(?:\\s[^>]*)?>([\\s\\S]*?)</(?:[\\w.-]+:)?${name}>`).exec(xml);
  return match ? (match[1] as string) : null;
}

function path(xml: string | null, ...names: string[]): string | null {
  let current = xml;
  for (const name of names) current = section(current, name);
  return current === null ? null : decode(current);
}

/** Every value of the elements named `name` directly in `xml` (identifiers of a party). */
function all(xml: string | null, name: string): string[] {
  if (xml === null) return [];
  const pattern = new RegExp(`<(?:[\\w.-]+:)?${name}(?:\\s[^>]*)?>([^<]*)</(?:[\\w.-]+:)?${name}>`, 'g');
  return [...xml.matchAll(pattern)].map((match) => decode(match[1] as string)).filter(Boolean);
}

const number = (text: string | null) => (text === null || text === '' || Number.isNaN(Number(text)) ? null : Number(text));

function ciiFacts(xml: string): InvoiceFacts {
  const document = section(xml, 'ExchangedDocument');
  const agreement = section(xml, 'ApplicableHeaderTradeAgreement');
  const buyer = section(agreement, 'BuyerTradeParty');
  const seller = section(agreement, 'SellerTradeParty');
  const totals = section(xml, 'SpecifiedTradeSettlementHeaderMonetarySummation');
  const date = path(document, 'IssueDateTime', 'DateTimeString');
  return {
    syntax: 'CII',
    number: path(document, 'ID'),
    typeCode: path(document, 'TypeCode'),
    issueDate: date && /^\d{8}$/.test(date) ? `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}` : date,
    frameworkCode: path(xml, 'BusinessProcessSpecifiedDocumentContextParameter', 'ID'),
    serviceCode: path(agreement, 'BuyerReference'),
    engagementNumber: path(agreement, 'BuyerOrderReferencedDocument', 'IssuerAssignedID'),
    buyerIdentifiers: [...all(section(buyer, 'SpecifiedLegalOrganization'), 'ID'), ...all(buyer, 'GlobalID')],
    buyerName: path(buyer, 'Name'),
    sellerIdentifiers: [...all(section(seller, 'SpecifiedLegalOrganization'), 'ID'), ...all(seller, 'GlobalID')],
    totalWithoutVat: number(path(totals, 'TaxBasisTotalAmount')),
    totalWithVat: number(path(totals, 'GrandTotalAmount')),
    amountDue: number(path(totals, 'DuePayableAmount')),
  };
}

function ublFacts(xml: string): InvoiceFacts {
  const buyer = section(xml, 'AccountingCustomerParty');
  const seller = section(xml, 'AccountingSupplierParty');
  const totals = section(xml, 'LegalMonetaryTotal');
  const partyIds = (party: string | null) => [...all(section(party, 'PartyIdentification'), 'ID'), ...all(section(party, 'PartyLegalEntity'), 'CompanyID')];
  return {
    syntax: 'UBL',
    number: path(xml, 'ID'),
    typeCode: path(xml, 'InvoiceTypeCode') ?? path(xml, 'CreditNoteTypeCode'),
    issueDate: path(xml, 'IssueDate'),
    frameworkCode: path(xml, 'ProfileID'),
    serviceCode: path(xml, 'BuyerReference'),
    engagementNumber: path(xml, 'OrderReference', 'ID'),
    buyerIdentifiers: partyIds(buyer),
    buyerName: path(buyer, 'RegistrationName') ?? path(buyer, 'Name'),
    sellerIdentifiers: partyIds(seller),
    totalWithoutVat: number(path(totals, 'TaxExclusiveAmount')),
    totalWithVat: number(path(totals, 'TaxInclusiveAmount')),
    amountDue: number(path(totals, 'PayableAmount')),
  };
}

/** The facts of a CII or UBL invoice, or null when the text is neither. */
export function readInvoiceFacts(xml: string): InvoiceFacts | null {
  const root = /<(?:[\w.-]+:)?(CrossIndustryInvoice|Invoice|CreditNote)[\s>]/.exec(xml.slice(0, 2000));
  if (!root) return null;
  return root[1] === 'CrossIndustryInvoice' ? ciiFacts(xml) : ublFacts(xml);
}
