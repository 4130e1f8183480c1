import type { LifeName } from './status-lives';

/**
 * The demonstration's world: one supplier (the user's business, or Jean Dupont EI) and a handful of public
 * buyers, each with the rule that trips invoices in real life (a service code, an engagement, one of the
 * two, none) and a scripted life. SIRETs pass their Luhn checks and belong to no real body.
 */
export interface SeedService {
  codeService: string;
  libelleService: string;
  estActif: boolean;
  /** This service requires an engagement number (`consulter/service` → `numeroEngagement`). */
  numeroEngagement?: boolean;
}

export interface SeedStructure {
  siret: string;
  name: string;
  address: string;
  postcode: string;
  city: string;
  codeServiceDoitEtreRenseigne: boolean;
  numeroEJDoitEtreRenseigne: boolean;
  gestionNumeroEJOuCodeService: boolean;
  statutMiseEnPaiementNestPasRemonte: boolean;
  services: SeedService[];
  life: LifeName;
  /** For the `recycle` life: the service the buyer wants; an invoice already sent there is simply paid. */
  recycleTo?: string;
}

/** The credentials the démonstration environment uses; nobody has to type them. */
export const DEMO_CREDENTIALS = {
  pisteClientId: 'facturier-demonstration',
  pisteClientSecret: 'demonstration-sans-secret',
  technicalLogin: 'TECH_1_demonstration@cpro.fr',
  technicalPassword: 'Demonstration-2026',
} as const;

export const DEMO_SUPPLIER = { siret: '73282932000074', name: 'Jean Dupont EI' } as const;

const noRule = { codeServiceDoitEtreRenseigne: false, numeroEJDoitEtreRenseigne: false, gestionNumeroEJOuCodeService: false, statutMiseEnPaiementNestPasRemonte: false };

export const SEED_BUYERS: SeedStructure[] = [
  {
    ...noRule,
    siret: '21490021900012',
    name: 'Mairie de Beaufort-en-Anjou',
    address: '2 place Jeanne de Laval',
    postcode: '49250',
    city: 'Beaufort-en-Anjou',
    codeServiceDoitEtreRenseigne: true,
    services: [
      { codeService: 'FIN-01', libelleService: 'Service finances', estActif: true },
      { codeService: 'TECH-02', libelleService: 'Services techniques', estActif: true },
      { codeService: 'FACTURES_PUBLIQUES', libelleService: 'Factures entre entités publiques', estActif: true },
    ],
    life: 'paid',
  },
  {
    ...noRule,
    siret: '21440109300015',
    name: 'Commune de Nantes',
    address: '2 rue de l’Hôtel de Ville',
    postcode: '44000',
    city: 'Nantes',
    codeServiceDoitEtreRenseigne: true,
    numeroEJDoitEtreRenseigne: true,
    services: [
      { codeService: 'SERV-FIN-01', libelleService: 'Direction des finances', estActif: true },
      { codeService: 'SERV-OLD', libelleService: 'Ancien service technique', estActif: false },
    ],
    life: 'paid',
  },
  {
    ...noRule,
    siret: '26490117400013',
    name: 'CCAS de Beaufort-en-Anjou',
    address: '1 rue de l’Hospice',
    postcode: '49250',
    city: 'Beaufort-en-Anjou',
    numeroEJDoitEtreRenseigne: true,
    services: [{ codeService: 'ACTION-SOCIALE', libelleService: 'Action sociale', estActif: true }],
    life: 'suspended',
  },
  {
    ...noRule,
    siret: '26750045200011',
    name: 'Centre hospitalier de Lyon',
    address: '5 place d’Arsonval',
    postcode: '69003',
    city: 'Lyon',
    gestionNumeroEJOuCodeService: true,
    services: [
      { codeService: 'ACHATS', libelleService: 'Service des achats', estActif: true },
      { codeService: 'URGENCES', libelleService: 'Urgences', estActif: true, numeroEngagement: true },
    ],
    life: 'recycle',
    recycleTo: 'ACHATS',
  },
  {
    ...noRule,
    siret: '13000123300027',
    name: 'Ministère de la Culture – Service Patrimoine & Archives',
    address: '182 rue Saint-Honoré',
    postcode: '75001',
    city: 'Paris',
    numeroEJDoitEtreRenseigne: true,
    services: [],
    life: 'rejected',
  },
  {
    ...noRule,
    siret: '25440077300019',
    name: 'Syndicat intercommunal des eaux de Loire-Atlantique',
    address: '3 quai Ceineray',
    postcode: '44000',
    city: 'Nantes',
    statutMiseEnPaiementNestPasRemonte: true,
    services: [],
    life: 'never_paid',
  },
];
