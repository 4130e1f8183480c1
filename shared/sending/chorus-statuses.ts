/**
 * Chorus Pro's statuses of an invoice (chorus-pro-api.md §3.2) and of a deposit (§3.1). Chorus declares no
 * enumeration, so a status Facturier does not know is kept and shown exactly as Chorus wrote it: never
 * mapped to « en attente », never hidden.
 */
export const KNOWN_INVOICE_STATUSES = [
  'DEPOSEE',
  'EN_COURS_ACHEMINEMENT',
  'MISE_A_DISPOSITION',
  'PRISE_EN_COMPTE_DESTINATAIRE',
  'A_RECYCLER',
  'SUSPENDUE',
  'COMPLETEE',
  'REJETEE',
  'SERVICE_FAIT',
  'MANDATEE',
  'MISE_A_DISPOSITION_COMPTABLE',
  'COMPTABILISEE',
  'MISE_EN_PAIEMENT',
] as const;
export type KnownInvoiceStatus = (typeof KNOWN_INVOICE_STATUSES)[number];

const INVOICE_STATUS_LABELS: Readonly<Record<KnownInvoiceStatus, string>> = {
  DEPOSEE: 'Déposée',
  EN_COURS_ACHEMINEMENT: 'En cours d’acheminement',
  MISE_A_DISPOSITION: 'Mise à disposition de l’acheteur',
  PRISE_EN_COMPTE_DESTINATAIRE: 'Prise en compte par l’acheteur',
  A_RECYCLER: 'À recycler',
  SUSPENDUE: 'Suspendue',
  COMPLETEE: 'Complétée',
  REJETEE: 'Rejetée',
  SERVICE_FAIT: 'Service fait',
  MANDATEE: 'Mandatée',
  MISE_A_DISPOSITION_COMPTABLE: 'Mise à disposition du comptable',
  COMPTABILISEE: 'Comptabilisée',
  MISE_EN_PAIEMENT: 'Mise en paiement',
};

/** The statuses a user can record by hand after reading the portal (issue 11): the same list as the API's. */
export const MANUAL_STATUSES: readonly KnownInvoiceStatus[] = [
  'MISE_A_DISPOSITION',
  'PRISE_EN_COMPTE_DESTINATAIRE',
  'SUSPENDUE',
  'COMPLETEE',
  'A_RECYCLER',
  'REJETEE',
  'SERVICE_FAIT',
  'MANDATEE',
  'MISE_EN_PAIEMENT',
];

export function isKnownInvoiceStatus(status: string): status is KnownInvoiceStatus {
  return (KNOWN_INVOICE_STATUSES as readonly string[]).includes(status);
}

/** The French label, or the code itself when Chorus sent one Facturier does not know. */
export function invoiceStatusLabel(status: string): string {
  return isKnownInvoiceStatus(status) ? INVOICE_STATUS_LABELS[status] : status;
}

/**
 * Final: nothing more will happen. `MANDATEE` is not final (payment comes next, keep polling); structures
 * that never report payment leave the invoice there, and the user records the payment by hand.
 */
export function isFinalInvoiceStatus(status: string | null): boolean {
  return status === 'MISE_EN_PAIEMENT' || status === 'REJETEE';
}

/** Deposit (flux) states: final ones end the polling of the deposit report. */
export const FLUX_INTEGRATED = ['IN_INTEGRE', 'IN_INTEGRE_PARTIEL'] as const;
export const FLUX_REFUSED = ['IN_REJETE', 'IN_INCIDENTE', 'IN_ERREUR_INTERNE'] as const;

export type FluxOutcome = 'integrated' | 'refused' | 'pending';

export function fluxOutcome(state: string): FluxOutcome {
  if ((FLUX_INTEGRATED as readonly string[]).includes(state)) return 'integrated';
  if ((FLUX_REFUSED as readonly string[]).includes(state)) return 'refused';
  return 'pending';
}

const FLUX_LABELS: Readonly<Record<string, string>> = {
  IN_DEPOT_PORTAIL_EN_ATTENTE_TRAITEMENT_SE_CPP: 'Reçu, en attente de traitement',
  IN_RECU: 'Reçu',
  IN_TRAITE_SE_CPP: 'Traité',
  IN_EN_ATTENTE_TRAITEMENT_CPP: 'En attente de traitement',
  IN_EN_COURS_TRAITEMENT_CPP: 'En cours de traitement',
  IN_EN_ATTENTE_RETRAITEMENT_CPP: 'En attente de retraitement',
  IN_A_RELANCER: 'À relancer par Chorus Pro',
  IN_INTEGRE: 'Intégré',
  IN_INTEGRE_PARTIEL: 'Intégré en partie',
  IN_REJETE: 'Rejeté',
  IN_INCIDENTE: 'Incident technique chez Chorus Pro',
  IN_ERREUR_INTERNE: 'Erreur interne de Chorus Pro',
};

export function fluxStateLabel(state: string): string {
  return FLUX_LABELS[state] ?? state;
}
