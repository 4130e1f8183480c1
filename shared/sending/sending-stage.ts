/**
 * One model of an invoice's sending life, with two ways in: the API (Facturier deposits it) and the portal
 * (the user deposits it by hand, Facturier guides and records). The stage is where the deposit stands;
 * once Chorus Pro has the invoice, its own statuses (chorus-statuses.ts) are followed until a final one.
 *
 * API:    queued → depositing → deposited (numeroFluxDepot) → integrated (identifiantFactureCPP)
 *                                                           ↘ flux_rejected (errors kept)
 * Portal: to_deposit → deposited_portal (date, optional portal number) → statuses recorded by hand
 * Both:   queued | to_deposit → cancelled (and back again)
 */
export const SENDING_CHANNELS = ['api', 'portal'] as const;
export type SendingChannel = (typeof SENDING_CHANNELS)[number];

export const SENDING_STAGES = [
  'queued',
  'depositing',
  'deposited',
  'integrated',
  'flux_rejected',
  'to_deposit',
  'deposited_portal',
  'cancelled',
] as const;
export type SendingStage = (typeof SENDING_STAGES)[number];

/**
 * Every allowed move. `depositing → queued` is the only way back, and only after the supplier's invoices
 * were searched by number without finding it (the deposit never arrived). Nothing leaves `deposited`,
 * `integrated` or `deposited_portal` for a stage that deposits again: Chorus Pro has the invoice.
 */
const TRANSITIONS: Readonly<Record<SendingStage, readonly SendingStage[]>> = {
  queued: ['depositing', 'cancelled', 'to_deposit', 'deposited_portal', 'integrated'],
  depositing: ['deposited', 'integrated', 'queued', 'flux_rejected'],
  deposited: ['integrated', 'flux_rejected'],
  integrated: [],
  flux_rejected: [],
  to_deposit: ['deposited_portal', 'queued', 'cancelled'],
  deposited_portal: [],
  cancelled: ['queued', 'to_deposit', 'deposited_portal'],
};

export function canMove(from: SendingStage, to: SendingStage): boolean {
  return TRANSITIONS[from].includes(to);
}

export function nextStages(from: SendingStage): readonly SendingStage[] {
  return TRANSITIONS[from];
}

export function channelOfStage(stage: SendingStage): SendingChannel | null {
  if (stage === 'to_deposit' || stage === 'deposited_portal') return 'portal';
  if (stage === 'cancelled') return null;
  return 'api';
}

/** Chorus Pro has (or may have) received the invoice: it must never be deposited again. */
export function isAtChorus(stage: SendingStage): boolean {
  return stage === 'deposited' || stage === 'integrated' || stage === 'deposited_portal';
}

/** Stages whose Chorus Pro status is followed (by the API, or recorded by hand). */
export function isTracked(stage: SendingStage): boolean {
  return stage === 'integrated' || stage === 'deposited_portal';
}

/** Not yet at Chorus Pro and waiting for someone (the sender, or the user on the portal). */
export function isToSend(stage: SendingStage): boolean {
  return stage === 'queued' || stage === 'depositing' || stage === 'to_deposit';
}

/** 'unsent' is no stage of an entry: an issued public piece with none yet, as « Envois » lists it. */
export const STAGE_LABELS: Readonly<Record<SendingStage | 'unsent', string>> = {
  unsent: 'À envoyer',
  queued: 'En file d’envoi',
  depositing: 'Dépôt en cours',
  deposited: 'Déposée, en cours d’intégration',
  integrated: 'Intégrée par Chorus Pro',
  flux_rejected: 'Refusée au dépôt',
  to_deposit: 'À déposer sur le portail',
  deposited_portal: 'Déposée (portail)',
  cancelled: 'Envoi annulé',
};
