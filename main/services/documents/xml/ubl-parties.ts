import type { InvoiceDocument } from '@shared/invoicing/invoice-document';
import type { Address, Buyer, Seller } from '@shared/invoicing/party';
import { buyerLegalRegistration, ELECTRONIC_ADDRESS_SCHEME, SIREN_SCHEME, SIRET_SCHEME } from './cii-parties';
import { nonEmpty, type DocumentFacts } from './document-facts';
import { el, leaf, optionalEl, optionalLeaf, type XmlElement } from './xml-writer';

/** AddressType order: StreetName, AdditionalStreetName, CityName, PostalZone, AddressLine, Country. */
function postalAddress(address: Address): XmlElement {
  return addressContent('cac:PostalAddress', address);
}

function addressContent(name: string, address: Address): XmlElement {
  return el(
    name,
    leaf('cbc:StreetName', address.line1),
    optionalLeaf('cbc:AdditionalStreetName', address.line2),
    leaf('cbc:CityName', address.city),
    optionalLeaf('cbc:PostalZone', address.postcode),
    nonEmpty(address.line3) === undefined ? null : el('cac:AddressLine', leaf('cbc:Line', nonEmpty(address.line3))),
    el('cac:Country', leaf('cbc:IdentificationCode', address.countryCode)),
  );
}

function contact(email: string | undefined, phone: string | undefined): XmlElement | null {
  return optionalEl('cac:Contact', optionalLeaf('cbc:Telephone', phone), optionalLeaf('cbc:ElectronicMail', email));
}

function taxScheme(companyId: string, scheme: 'VAT' | 'FC'): XmlElement {
  return el('cac:PartyTaxScheme', leaf('cbc:CompanyID', companyId), el('cac:TaxScheme', leaf('cbc:ID', scheme)));
}

/** The same identifiers as the CII (cii-parties.ts): SIRET 0009, SIREN 0002, VAT number or FC = SIREN. */
function supplier(seller: Seller, facts: DocumentFacts): XmlElement {
  return el(
    'cac:AccountingSupplierParty',
    el(
      'cac:Party',
      leaf('cbc:EndpointID', facts.sellerElectronicAddress, { schemeID: ELECTRONIC_ADDRESS_SCHEME }),
      el('cac:PartyIdentification', leaf('cbc:ID', seller.siret, { schemeID: SIRET_SCHEME })),
      el('cac:PartyName', leaf('cbc:Name', nonEmpty(seller.tradeName) ?? seller.legalName)),
      postalAddress(seller.address),
      seller.vatNumber ? taxScheme(seller.vatNumber, 'VAT') : taxScheme(facts.sellerSiren, 'FC'),
      el(
        'cac:PartyLegalEntity',
        leaf('cbc:RegistrationName', seller.legalName),
        leaf('cbc:CompanyID', facts.sellerSiren, { schemeID: SIREN_SCHEME }),
        optionalLeaf('cbc:CompanyLegalForm', facts.sellerLegalInformation),
      ),
      contact(seller.email, seller.phone),
    ),
  );
}

function customer(buyer: Buyer, facts: DocumentFacts): XmlElement {
  const registration = buyerLegalRegistration(buyer, facts);
  return el(
    'cac:AccountingCustomerParty',
    el(
      'cac:Party',
      leaf('cbc:EndpointID', facts.buyerElectronicAddress, { schemeID: ELECTRONIC_ADDRESS_SCHEME }),
      buyer.siret ? el('cac:PartyIdentification', leaf('cbc:ID', buyer.siret, { schemeID: SIRET_SCHEME })) : null,
      el('cac:PartyName', leaf('cbc:Name', buyer.legalName)),
      postalAddress(buyer.address),
      buyer.vatNumber ? taxScheme(buyer.vatNumber, 'VAT') : null,
      el('cac:PartyLegalEntity', leaf('cbc:RegistrationName', buyer.legalName), registration ? leaf('cbc:CompanyID', registration.id, { schemeID: registration.schemeID }) : null),
      contact(buyer.email, undefined),
    ),
  );
}

export function ublParties(doc: InvoiceDocument, facts: DocumentFacts): XmlElement[] {
  return [supplier(doc.seller, facts), customer(doc.buyer, facts)];
}

/** BG-13: BT-72 date, BG-15 delivery address or BT-80 country of delivery alone. */
export function ublDelivery(doc: InvoiceDocument): XmlElement | null {
  const { deliveryDate, deliveryCountryCode, deliveryAddress } = doc.invoice;
  const location =
    deliveryAddress !== undefined
      ? el('cac:DeliveryLocation', addressContent('cac:Address', deliveryAddress))
      : deliveryCountryCode === undefined
        ? null
        : el('cac:DeliveryLocation', el('cac:Address', el('cac:Country', leaf('cbc:IdentificationCode', deliveryCountryCode))));
  return optionalEl('cac:Delivery', leaf('cbc:ActualDeliveryDate', deliveryDate), location);
}
