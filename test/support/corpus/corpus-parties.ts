import type { Buyer, ChorusRequirements, Seller } from '@shared/invoicing/party';
import { luhnCheckDigit } from '@shared/identifiers/luhn';
import { frenchVatNumberFromSiren } from '@shared/identifiers/vat-number';

/**
 * Sellers and buyers of the corpus. The identifiers are built to pass their checks (Luhn SIREN and SIRET,
 * French VAT key, IBAN mod 97) but belong to no real business.
 */
export function sirenFrom(siren8: string): string {
  return siren8 + luhnCheckDigit(siren8);
}

export function siretFrom(siren8: string, nic4: string): string {
  const siren = sirenFrom(siren8);
  return siren + nic4 + luhnCheckDigit(siren + nic4);
}

export const IBAN_MAIN = 'FR7630006000011234567890189';
export const IBAN_OTHER = 'FR1420041010050500013M02606';
export const IBAN_THIRD = 'FR7630004000031234567890143';

const paris = { line1: '12 rue de la Roquette', postcode: '75011', city: 'Paris', countryCode: 'FR' };

export const sellers = {
  meFranchise: (): Seller => ({
    legalName: 'Jean Dupont EI',
    siret: '73282932000074',
    legalForm: 'micro-entrepreneur',
    registration: { kind: 'exempt' },
    address: paris,
    iban: IBAN_MAIN,
    vatFranchise: true,
  }),
  meArtisan: (): Seller => ({
    legalName: 'Lucie Morel EI',
    tradeName: 'Atelier Morel – Ébénisterie',
    siret: siretFrom('81234567', '0001'),
    legalForm: 'micro-entrepreneur',
    registration: { kind: 'rm', place: '69' },
    address: { line1: '4 montée de la Grande-Côte', line2: 'Bâtiment B', line3: 'Rez-de-chaussée', postcode: '69001', city: 'Lyon', countryCode: 'FR' },
    email: 'contact@atelier-morel.fr',
    phone: '+33 4 72 00 00 00',
    iban: IBAN_OTHER,
    bic: 'BNPAFRPPXXX',
    vatFranchise: true,
  }),
  sarlVat: (): Seller => ({
    legalName: 'Boulangerie Martin SARL',
    siret: siretFrom('44332211', '0001'),
    vatNumber: frenchVatNumberFromSiren('443322110'),
    legalForm: 'sarl',
    shareCapitalCents: 1_000_000,
    registration: { kind: 'rcs', city: 'Paris' },
    address: { line1: '8 rue des Martyrs', postcode: '75009', city: 'Paris', countryCode: 'FR' },
    email: 'compta@boulangerie-martin.fr',
    iban: IBAN_THIRD,
    vatFranchise: false,
  }),
  sasVat: (): Seller => ({
    legalName: 'Ingénierie Durand & Fils SAS',
    siret: siretFrom('88877766', '0002'),
    vatNumber: frenchVatNumberFromSiren('888777661'),
    legalForm: 'sas',
    shareCapitalCents: 5_000_000,
    registration: { kind: 'rcs', city: 'Nantes' },
    address: { line1: '3 quai de la Fosse', postcode: '44000', city: 'Nantes', countryCode: 'FR' },
    iban: IBAN_MAIN,
    bic: 'CEPAFRPP444',
    vatFranchise: false,
  }),
  eiVat: (): Seller => ({
    legalName: 'Marie Curie Entrepreneur individuel',
    siret: siretFrom('12345678', '0001'),
    vatNumber: frenchVatNumberFromSiren('123456782'),
    legalForm: 'ei',
    registration: { kind: 'rcs', city: 'Bordeaux' },
    address: { line1: '1 cours de l’Intendance', postcode: '33000', city: 'Bordeaux', countryCode: 'FR' },
    iban: IBAN_OTHER,
    vatFranchise: false,
  }),
  association: (): Seller => ({
    legalName: 'Association Lire & Écrire',
    siret: siretFrom('50000000', '0001'),
    legalForm: 'association',
    registration: { kind: 'exempt' },
    address: { line1: '10 rue Victor-Hugo', postcode: '59000', city: 'Lille', countryCode: 'FR' },
    iban: IBAN_THIRD,
    vatFranchise: false,
  }),
};

const chorus = (overrides: Partial<ChorusRequirements>): ChorusRequirements => ({
  serviceCodeRequired: false,
  engagementRequired: false,
  serviceOrEngagementRequired: false,
  services: [],
  ...overrides,
});

export const buyers = {
  mairie: (): Buyer => ({
    kind: 'public',
    legalName: 'Commune de Nantes',
    siret: '21440109300015',
    address: { line1: '2 rue de l’Hôtel de Ville', postcode: '44000', city: 'Nantes', countryCode: 'FR' },
    email: 'factures@mairie-nantes.fr',
    chorus: chorus({
      serviceCodeRequired: true,
      engagementRequired: true,
      services: [
        { code: 'SERV-FIN-01', name: 'Direction des finances', active: true },
        { code: 'SERV-OLD', name: 'Ancien service technique', active: false },
      ],
    }),
  }),
  hopital: (): Buyer => ({
    kind: 'public',
    legalName: 'Centre hospitalier de Lyon',
    isPublicHospital: true,
    siret: siretFrom('26750045', '0001'),
    address: { line1: '5 place d’Arsonval', postcode: '69003', city: 'Lyon', countryCode: 'FR' },
    chorus: chorus({ serviceOrEngagementRequired: true, services: [{ code: 'ACHATS', name: 'Service des achats', active: true }] }),
  }),
  ministere: (): Buyer => ({
    kind: 'public',
    legalName: 'Ministère de la Culture – Service « Patrimoine & Archives »',
    siret: siretFrom('13000123', '0002'),
    address: { line1: '182 rue Saint-Honoré', postcode: '75001', city: 'Paris', countryCode: 'FR' },
    chorus: chorus({ engagementRequired: true }),
  }),
  ecole: (): Buyer => ({
    kind: 'public',
    legalName: 'Collège Jean-Moulin',
    siret: siretFrom('21690123', '0001'),
    address: { line1: '20 avenue Jean-Jaurès', postcode: '69007', city: 'Lyon', countryCode: 'FR' },
  }),
  entreprise: (): Buyer => ({
    kind: 'private',
    legalName: 'Traiteur Durand SAS',
    siret: siretFrom('55512345', '0001'),
    vatNumber: frenchVatNumberFromSiren(sirenFrom('55512345')),
    address: { line1: '5 quai de la Fosse', postcode: '44000', city: 'Nantes', countryCode: 'FR' },
    email: 'achats@traiteur-durand.fr',
  }),
  /** A company customer known by its SIREN only: BT-47 with scheme 0002, no BT-46. */
  entrepriseSiren: (): Buyer => ({
    kind: 'private',
    legalName: 'Menuiserie Leroux SARL',
    siren: sirenFrom('66612345'),
    vatNumber: frenchVatNumberFromSiren(sirenFrom('66612345')),
    address: { line1: '18 rue Nationale', postcode: '37000', city: 'Tours', countryCode: 'FR' },
    email: 'compta@menuiserie-leroux.fr',
  }),
  /** The same without VAT number: the SIREN is its only identifier. */
  entrepriseSirenSansTva: (): Buyer => ({
    kind: 'private',
    legalName: 'Cabinet Girard & Associés',
    siren: sirenFrom('77745678'),
    address: { line1: '2 place du Capitole', postcode: '31000', city: 'Toulouse', countryCode: 'FR' },
  }),
  particulier: (): Buyer => ({
    kind: 'private',
    isPerson: true,
    legalName: 'Mme Camille Lefèvre',
    address: { line1: '7 impasse des Lilas', postcode: '13008', city: 'Marseille', countryCode: 'FR' },
  }),
  allemand: (): Buyer => ({
    kind: 'private',
    legalName: 'Müller Maschinenbau GmbH',
    vatNumber: 'DE123456789',
    address: { line1: 'Hauptstraße 5', postcode: '10115', city: 'Berlin', countryCode: 'DE' },
  }),
  suisse: (): Buyer => ({
    kind: 'private',
    legalName: 'Horlogerie Favre SA',
    address: { line1: 'Rue du Rhône 14', postcode: '1204', city: 'Genève', countryCode: 'CH' },
  }),
};
