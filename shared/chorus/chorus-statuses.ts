/**
 * The statuses Chorus Pro reports (chorus-pro-api.md §3.1, §3.2), as data. Chorus declares no enum for
 * them and adds values over time, so a status is always kept as the string Chorus sent: these tables only
 * add a French label and a meaning to the values we know. An unknown value is shown as it is, and is
 * never taken for « en attente ».
 */

/** The deposit (flux) states we know, with what each means for the sender. */
export const FLUX_STATES = {
  IN_DEPOT_PORTAIL_EN_ATTENTE_TRAITEMENT_SE_CPP: { label: 'Reçu, en attente de traitement', outcome: 'pending' },
  IN_RECU: { label: 'Reçu', outcome: 'pending' },
  IN_TRAITE_SE_CPP: { label: 'Traité par le service d’échange', outcome: 'pending' },
  IN_EN_ATTENTE_TRAITEMENT_CPP: { label: 'En attente de traitement', outcome: 'pending' },
  IN_EN_COURS_TRAITEMENT_CPP: { label: 'En cours de traitement', outcome: 'pending' },
  IN_EN_ATTENTE_RETRAITEMENT_CPP: { label: 'En attente d’un nouveau traitement', outcome: 'pending' },
  IN_A_RELANCER: { label: 'À relancer par Chorus Pro', outcome: 'pending' },
  IN_INTEGRE: { label: 'Intégré', outcome: 'integrated' },
  IN_INTEGRE_PARTIEL: { label: 'Intégré en partie', outcome: 'partially_integrated' },
  IN_REJETE: { label: 'Rejeté', outcome: 'rejected' },
  IN_INCIDENTE: { label: 'Incident technique chez Chorus Pro', outcome: 'rejected' },
  IN_ERREUR_INTERNE: { label: 'Erreur interne de Chorus Pro', outcome: 'rejected' },
} as const;

export type KnownFluxState = keyof typeof FLUX_STATES;
/** `unknown`: a value Chorus sent that this version does not know; keep it and show it. */
export type FluxOutcome = (typeof FLUX_STATES)[KnownFluxState]['outcome'] | 'unknown';

export function fluxOutcome(state: string): FluxOutcome {
  return Object.hasOwn(FLUX_STATES, state) ? FLUX_STATES[state as KnownFluxState].outcome : 'unknown';
}

export function fluxStateLabel(state: string): string {
  return Object.hasOwn(FLUX_STATES, state) ? FLUX_STATES[state as KnownFluxState].label : state;
}

/**
 * Invoice statuses of the supplier path. `action`: the supplier must act (complete, recycle); `final`:
 * nothing more will come (paid or rejected). MANDATEE is not final: payment is still to come.
 */
export const INVOICE_STATUSES = {
  DEPOSEE: { label: 'Déposée', kind: 'progress' },
  EN_COURS_ACHEMINEMENT: { label: 'En cours d’acheminement', kind: 'progress' },
  MISE_A_DISPOSITION: { label: 'Mise à disposition du destinataire', kind: 'progress' },
  PRISE_EN_COMPTE_DESTINATAIRE: { label: 'Prise en compte par le destinataire', kind: 'progress' },
  A_RECYCLER: { label: 'À recycler', kind: 'action' },
  SUSPENDUE: { label: 'Suspendue', kind: 'action' },
  COMPLETEE: { label: 'Complétée', kind: 'progress' },
  REJETEE: { label: 'Rejetée', kind: 'final' },
  SERVICE_FAIT: { label: 'Service fait', kind: 'progress' },
  MANDATEE: { label: 'Mandatée', kind: 'progress' },
  MISE_A_DISPOSITION_COMPTABLE: { label: 'Transmise au comptable public', kind: 'progress' },
  COMPTABILISEE: { label: 'Comptabilisée', kind: 'progress' },
  MISE_EN_PAIEMENT: { label: 'Mise en paiement', kind: 'final' },
} as const;

export type KnownInvoiceStatus = keyof typeof INVOICE_STATUSES;
export type InvoiceStatusKind = (typeof INVOICE_STATUSES)[KnownInvoiceStatus]['kind'] | 'unknown';

export function invoiceStatusKind(status: string): InvoiceStatusKind {
  return Object.hasOwn(INVOICE_STATUSES, status) ? INVOICE_STATUSES[status as KnownInvoiceStatus].kind : 'unknown';
}

export function invoiceStatusLabel(status: string): string {
  return Object.hasOwn(INVOICE_STATUSES, status) ? INVOICE_STATUSES[status as KnownInvoiceStatus].label : status;
}
