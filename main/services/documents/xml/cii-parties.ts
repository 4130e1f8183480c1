import type { InvoiceDocument } from '@shared/invoicing/invoice-document';
import type { Address, Buyer, Seller } from '@shared/invoicing/party';
import type { DocumentFacts } from './document-facts';
import { nonEmpty } from './document-facts';
import { el, leaf, optionalEl, optionalLeaf, type XmlElement } from './xml-writer';

/** ISO 6523 ICD codes (BR-CL-10/11): 0009 = SIRET, 0002 = SIREN. Never Chorus Pro's own "1", "2"… */
export const SIRET_SCHEME = '0009';
export const SIREN_SCHEME = '0002';
/** The B2B reform's directory of electronic invoicing addresses (BT-34/BT-49, BR-FR-21). */
export const ELECTRONIC_ADDRESS_SCHEME = '0225';

function electronicAddress(address: string | undefined): XmlElement | null {
  return address === undefined ? null : el('ram:URIUniversalCommunication', leaf('ram:URIID', address, { schemeID: ELECTRONIC_ADDRESS_SCHEME }));
}
/** BT-31/BT-48 VAT identifiers; BT-32 "tax registration" (the SIREN of a seller without VAT number). */
const VAT_SCHEME = 'VA';
const FISCAL_SCHEME = 'FC';

/** TradeAddressType, in XSD order: PostcodeCode, LineOne, LineTwo, LineThree, CityName, CountryID. */
export function ciiAddress(address: Address): XmlElement {
  return el(
    'ram:PostalTradeAddress',
    optionalLeaf('ram:PostcodeCode', address.postcode),
    leaf('ram:LineOne', address.line1),
    optionalLeaf('ram:LineTwo', address.line2),
    optionalLeaf('ram:LineThree', address.line3),
    leaf('ram:CityName', address.city),
    leaf('ram:CountryID', address.countryCode),
  );
}

function contact(email: string | undefined, phone: string | undefined): XmlElement | null {
  return optionalEl(
    'ram:DefinedTradeContact',
    nonEmpty(phone) === undefined ? null : el('ram:TelephoneUniversalCommunication', leaf('ram:CompleteNumber', nonEmpty(phone))),
    nonEmpty(email) === undefined ? null : el('ram:EmailURIUniversalCommunication', leaf('ram:URIID', nonEmpty(email))),
  );
}

/**
 * BG-4. BT-29 = SIRET (GlobalID 0009), BT-30 = SIREN (0002, what BR-FR-10 wants too), BT-33 = trade
 * register and capital, BT-31 = VAT number, else BT-32 = SIREN with scheme FC so that category E lines
 * meet BR-E-02 (see ../shared/design/einvoice-encoding.md §1.1).
 */
export function ciiSeller(seller: Seller, facts: DocumentFacts): XmlElement {
  return el(
    'ram:SellerTradeParty',
    leaf('ram:GlobalID', seller.siret, { schemeID: SIRET_SCHEME }),
    leaf('ram:Name', seller.legalName),
    optionalLeaf('ram:Description', facts.sellerLegalInformation),
    el('ram:SpecifiedLegalOrganization', leaf('ram:ID', facts.sellerSiren, { schemeID: SIREN_SCHEME }), optionalLeaf('ram:TradingBusinessName', seller.tradeName)),
    contact(seller.email, seller.phone),
    ciiAddress(seller.address),
    electronicAddress(facts.sellerElectronicAddress),
    seller.vatNumber
      ? el('ram:SpecifiedTaxRegistration', leaf('ram:ID', seller.vatNumber, { schemeID: VAT_SCHEME }))
      : el('ram:SpecifiedTaxRegistration', leaf('ram:ID', facts.sellerSiren, { schemeID: FISCAL_SCHEME })),
  );
}

/**
 * BT-47, the buyer's legal registration. A French company (B2B reform): its SIREN (0002), which BR-FR-09/11
 * want and of which its SIRET (BT-46) must be an extension. A public buyer: its SIRET (0009), as Chorus Pro's
 * reference invoices. Others: the SIRET, else the SIREN of a customer known by it alone. A SIREN is no
 * establishment, so it is never BT-46.
 */
export function buyerLegalRegistration(buyer: Buyer, facts: Pick<DocumentFacts, 'isReformB2b'>): { id: string; schemeID: string } | null {
  const siren = buyer.siren ?? (buyer.siret ? buyer.siret.slice(0, 9) : undefined);
  if (facts.isReformB2b && siren) return { id: siren, schemeID: SIREN_SCHEME };
  if (buyer.siret) return { id: buyer.siret, schemeID: SIRET_SCHEME };
  if (buyer.siren) return { id: buyer.siren, schemeID: SIREN_SCHEME };
  return null;
}

/** BG-7. A public buyer's SIRET is both its identifier (BT-46) and its legal registration (BT-47). */
export function ciiBuyer(buyer: Buyer, facts: DocumentFacts): XmlElement {
  const registration = buyerLegalRegistration(buyer, facts);
  return el(
    'ram:BuyerTradeParty',
    buyer.siret ? leaf('ram:GlobalID', buyer.siret, { schemeID: SIRET_SCHEME }) : null,
    leaf('ram:Name', buyer.legalName),
    registration ? el('ram:SpecifiedLegalOrganization', leaf('ram:ID', registration.id, { schemeID: registration.schemeID })) : null,
    contact(buyer.email, undefined),
    ciiAddress(buyer.address),
    electronicAddress(facts.buyerElectronicAddress),
    buyer.vatNumber ? el('ram:SpecifiedTaxRegistration', leaf('ram:ID', buyer.vatNumber, { schemeID: VAT_SCHEME })) : null,
  );
}

/** BG-10…: BT-10 service code, parties, BT-13 engagement / order, BT-12 market (contract). */
export function ciiHeaderAgreement(doc: InvoiceDocument, facts: DocumentFacts): XmlElement {
  const { invoice } = doc;
  return el(
    'ram:ApplicableHeaderTradeAgreement',
    optionalLeaf('ram:BuyerReference', nonEmpty(invoice.serviceCode)),
    ciiSeller(doc.seller, facts),
    ciiBuyer(doc.buyer, facts),
    facts.orderReference === undefined ? null : el('ram:BuyerOrderReferencedDocument', leaf('ram:IssuerAssignedID', facts.orderReference)),
    nonEmpty(invoice.marketNumber) === undefined ? null : el('ram:ContractReferencedDocument', leaf('ram:IssuerAssignedID', nonEmpty(invoice.marketNumber))),
  );
}

/** BG-13: BG-15 delivery address (or BT-80 alone, country of delivery, BR-IC-12) and BT-72 (date of the sale or service). */
export function ciiHeaderDelivery(doc: InvoiceDocument): XmlElement {
  const { deliveryCountryCode, deliveryDate, deliveryAddress } = doc.invoice;
  const shipTo =
    deliveryAddress !== undefined
      ? el('ram:ShipToTradeParty', ciiAddress(deliveryAddress))
      : deliveryCountryCode === undefined
        ? null
        : el('ram:ShipToTradeParty', el('ram:PostalTradeAddress', leaf('ram:CountryID', deliveryCountryCode)));
  return el(
    'ram:ApplicableHeaderTradeDelivery',
    shipTo,
    deliveryDate === undefined
      ? null
      : el('ram:ActualDeliverySupplyChainEvent', el('ram:OccurrenceDateTime', dateString(deliveryDate))),
  );
}

/** udt:DateTimeString format 102 (CCYYMMDD). */
export function dateString(isoDate: string, prefix: 'udt' | 'qdt' = 'udt'): XmlElement {
  return leaf(`${prefix}:DateTimeString`, isoDate.replaceAll('-', ''), { format: '102' }) as XmlElement;
}
