import type { CompanyCategory } from './company-category';
import type { DatedObligation, ObligationDefinition, StandingDuty } from './obligation-types';

/**
 * The compliance calendar as data (design/compliance-calendar.md). When the law moves a date, change
 * the date here and nothing else: the engine derives applicability, status and texts from these rows.
 * Order matters only for display: the engine keeps it.
 */

const ALL: readonly CompanyCategory[] = ['micro', 'pme', 'eti', 'ge'];
const LARGE: readonly CompanyCategory[] = ['ge', 'eti'];
const SMALL: readonly CompanyCategory[] = ['pme', 'micro'];

const B2G_SOURCE = 'Ordonnance n° 2014-697 du 26 juin 2014 ; AIFE, portail Chorus Pro';
const REFORM_SOURCE = 'Lois de finances 2024 et 2025 ; DGFiP et economie.gouv.fr, réforme de la facturation électronique';

/** The four B2G rows differ only by date and by whom they reached. */
function b2gMilestone(id: string, date: string, categories: readonly CompanyCategory[], who: string): DatedObligation {
  return {
    kind: 'milestone',
    id,
    group: 'b2g',
    series: 'b2g-chorus',
    date,
    title: 'Factures aux acheteurs publics par Chorus Pro',
    audience: { categories, sellsToAnyOf: ['publicBuyers'] },
    texts: {
      inForce: 'La facturation électronique via Chorus Pro est obligatoire pour vous depuis {since}.',
      upcoming: 'La facturation électronique via Chorus Pro sera obligatoire pour vous à partir du {date} ({days}).',
      general: `Obligatoire à compter du {date} pour ${who}.`,
    },
    franchiseNote: 'La franchise en base de TVA ne vous en dispense pas.',
    action:
      'Envoyez chaque facture destinée à un acheteur public par Chorus Pro : Facturier la prépare, puis la dépose par l’API et suit son traitement jusqu’au paiement, ou vous guide pour la déposer vous-même sur le portail.',
    route: 'invoices',
    source: B2G_SOURCE,
  };
}

const ISSUING_PENALTY =
  '15\u00a0€ par facture non émise sous forme électronique, dans la limite de 15\u202f000\u00a0€ par an ; une première infraction peut ne pas être sanctionnée.';
const ISSUING_TO_CONFIRM =
  'Le projet de loi de finances 2026 propose de porter l’amende à 50\u00a0€ par facture : à confirmer.';
const REPORTING_PENALTY =
  '250\u00a0€ par transmission manquante, dans la limite de 15\u202f000\u00a0€ ; une première infraction peut ne pas être sanctionnée.';

function issuingMilestone(id: string, date: string, categories: readonly CompanyCategory[], who: string): DatedObligation {
  return {
    kind: 'milestone',
    id,
    group: 'b2b',
    series: 'b2b-issuing',
    date,
    title: 'Factures électroniques à vos clients entreprises',
    audience: { categories, sellsToAnyOf: ['companies'] },
    texts: {
      inForce:
        'Vos factures aux entreprises doivent être électroniques et passer par une plateforme agréée depuis {since}.',
      upcoming:
        'Vos factures aux entreprises devront être électroniques et passer par une plateforme agréée à partir du {date} ({days}).',
      general: `Obligatoire à compter du {date} pour ${who}.`,
    },
    franchiseNote: 'La franchise en base de TVA ne vous en dispense pas.',
    action:
      'Choisissez une plateforme agréée (PA, anciennement PDP) immatriculée par la DGFiP. Facturier produit vos factures au format Factur-X, l’un des formats acceptés avec UBL et CII.',
    route: 'invoices',
    source: REFORM_SOURCE,
    penalty: ISSUING_PENALTY,
    toConfirm: ISSUING_TO_CONFIRM,
  };
}

function reportingMilestone(id: string, date: string, categories: readonly CompanyCategory[], who: string): DatedObligation {
  return {
    kind: 'milestone',
    id,
    group: 'b2b',
    series: 'b2b-e-reporting',
    date,
    title: 'E-reporting : transmission de vos données de vente et de paiement',
    // Transaction data of sales outside B2B e-invoicing (consumers, abroad) and payment data of services.
    audience: { categories, sellsToAnyOf: ['individuals', 'companies'] },
    texts: {
      inForce:
        'Vous devez transmettre à l’administration, par votre plateforme agréée, les données de vos ventes aux particuliers et à l’étranger, et les paiements de vos prestations de services, depuis {since}.',
      upcoming:
        'Vous devrez transmettre à l’administration, par une plateforme agréée, les données de vos ventes aux particuliers et à l’étranger, et les paiements de vos prestations de services, à partir du {date} ({days}).',
      general: `Obligatoire à compter du {date} pour ${who}.`,
    },
    action:
      'Demandez à votre plateforme agréée ce qu’elle transmet pour vous. Facturier exporte vos ventes et vos paiements pour elle et pour votre comptable.',
    route: 'export',
    source: REFORM_SOURCE,
    penalty: REPORTING_PENALTY,
  };
}

const MENTIONS =
  'SIREN du client, catégorie de l’opération (livraison de biens, prestation de services ou les deux), option pour le paiement de la TVA d’après les débits, adresse de livraison si elle diffère';

/**
 * The reform's new mentions (CGI annexe II art. 242 nonies A, added by décret 2022-1299), dated by company size
 * by décret 2024-266 like the obligation to issue e-invoices. Printing them earlier is allowed: Facturier does.
 */
function mentionsMilestone(id: string, date: string, categories: readonly CompanyCategory[], who: string): DatedObligation {
  return {
    kind: 'milestone',
    id,
    group: 'b2b',
    series: 'b2b-new-mentions',
    date,
    title: 'Nouvelles mentions sur les factures',
    audience: { categories, sellsToAnyOf: ['companies'] },
    texts: {
      inForce: `Vos factures aux entreprises portent de nouvelles mentions depuis {since} : ${MENTIONS}.`,
      upcoming: `Vos factures aux entreprises devront porter de nouvelles mentions à partir du {date} ({days}) : ${MENTIONS}.`,
      general: `Obligatoires à compter du {date} pour ${who}.`,
    },
    action:
      'Renseignez le SIREN de vos clients entreprises et la catégorie de vos opérations (Réglages et fiches clients) : Facturier imprime déjà ces mentions sur vos factures et les porte dans le fichier Factur-X.',
    route: 'customers',
    source: 'CGI, annexe II, art. 242 nonies A (décret n° 2022-1299) ; décret n° 2024-266 pour les dates',
  };
}

const DATED: readonly DatedObligation[] = [
  b2gMilestone('b2g-ge', '2017-01-01', ['ge'], 'les grandes entreprises (5\u202f000 salariés ou plus) et les entités publiques'),
  b2gMilestone('b2g-eti', '2018-01-01', ['eti'], 'les ETI (de 250 à 4\u202f999 salariés)'),
  b2gMilestone('b2g-pme', '2019-01-01', ['pme'], 'les PME (de 10 à 249 salariés)'),
  b2gMilestone('b2g-micro', '2020-01-01', ['micro'], 'les micro-entreprises (moins de 10 salariés), micro-entrepreneurs compris'),
  {
    kind: 'milestone',
    id: 'b2b-reception',
    group: 'b2b',
    series: 'b2b-reception',
    date: '2026-09-01',
    title: 'Réception des factures électroniques de vos fournisseurs',
    audience: { categories: ALL },
    texts: {
      inForce: 'Vous devez pouvoir recevoir les factures électroniques de vos fournisseurs depuis {since}.',
      upcoming:
        'Vous devrez pouvoir recevoir les factures électroniques de vos fournisseurs à partir du {date} ({days}).',
      general: 'Obligatoire à compter du {date} pour toutes les entreprises, micro-entrepreneurs compris.',
    },
    franchiseNote: 'La franchise en base de TVA ne vous en dispense pas.',
    action:
      'Choisissez une plateforme agréée (PA, anciennement PDP) immatriculée par la DGFiP : c’est elle qui recevra vos factures. Le portail public ne sert plus que d’annuaire.',
    route: null,
    source: REFORM_SOURCE,
  },
  issuingMilestone('b2b-issuing-large', '2026-09-01', LARGE, 'les grandes entreprises et les ETI'),
  reportingMilestone('b2b-e-reporting-large', '2026-09-01', LARGE, 'les grandes entreprises et les ETI'),
  mentionsMilestone('b2b-new-mentions-large', '2026-09-01', LARGE, 'les grandes entreprises et les ETI'),
  issuingMilestone('b2b-issuing-sme', '2027-09-01', SMALL, 'les PME et les micro-entreprises, micro-entrepreneurs compris'),
  reportingMilestone('b2b-e-reporting-sme', '2027-09-01', SMALL, 'les PME et les micro-entreprises, micro-entrepreneurs compris'),
  mentionsMilestone('b2b-new-mentions-sme', '2027-09-01', SMALL, 'les PME et les micro-entreprises, micro-entrepreneurs compris'),
];

const DUTIES: readonly StandingDuty[] = [
  {
    kind: 'duty',
    id: 'duty-retention',
    group: 'duty',
    title: 'Conservation des factures pendant 10 ans',
    audience: { categories: ALL },
    texts: {
      applies: 'Vous devez conserver vos factures pendant 10 ans.',
      general: 'Toute entreprise conserve ses factures pendant 10 ans.',
    },
    action: 'Facturier garde vos factures sur cet ordinateur : faites des sauvegardes et gardez-en une copie ailleurs.',
    route: 'backup',
    source: 'Code de commerce',
  },
  {
    kind: 'duty',
    id: 'duty-numbering',
    group: 'duty',
    title: 'Numérotation continue des factures',
    audience: { categories: ALL },
    texts: {
      applies: 'Vos factures doivent suivre une numérotation continue et chronologique, sans trou ni doublon.',
      general: 'Toute entreprise numérote ses factures de façon continue et chronologique.',
    },
    action:
      'Laissez Facturier attribuer les numéros à l’émission ; une erreur se corrige par un avoir, jamais en supprimant une facture.',
    route: 'invoices',
    source: 'Code de commerce ; règles de facturation',
  },
  {
    kind: 'duty',
    id: 'duty-vat-franchise-thresholds',
    group: 'duty',
    title: 'Seuils de la franchise en base de TVA',
    audience: { categories: ALL, vatFranchise: true },
    texts: {
      applies:
        'Au-delà des seuils de la franchise en base de TVA, vous devrez facturer la TVA : surveillez votre chiffre d’affaires.',
      general: 'Rappel réservé aux entreprises en franchise en base de TVA.',
    },
    action: 'Vérifiez les seuils en vigueur auprès de votre comptable ou de l’administration fiscale.',
    route: 'settings.company',
    source: 'Code général des impôts, article 293 B (franchise en base de TVA)',
    isReminder: true,
  },
];

export const OBLIGATIONS: readonly ObligationDefinition[] = [...DATED, ...DUTIES];
