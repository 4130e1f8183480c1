import { thisPiece } from '../invoicing/document-kinds';
import type { InvoiceTypeCode } from '../invoicing/invoice-document';
import type { SendingChannel, SendingStage } from './sending-stage';

/**
 * What a status asks of the user, the same on both paths (API, portal): only the way to do it differs.
 * - `complete` (SUSPENDUE): answer with a document and a comment;
 * - `recycle` (A_RECYCLER): change the service code or the engagement number, the number stays;
 * - `replace` (REJETEE, or a deposit refused): a credit note cancels it and a new invoice replaces it,
 *   under a new number, so the numbering stays whole;
 * - `deposit` (portal, not deposited yet): follow the guide and say « J'ai déposé ».
 */
export const SENDING_ACTION_KINDS = ['complete', 'recycle', 'replace', 'deposit'] as const;
export type SendingActionKind = (typeof SENDING_ACTION_KINDS)[number];

export interface SendingAction {
  kind: SendingActionKind;
  title: string;
  explanation: string;
}

export interface ActionInput {
  stage: SendingStage;
  channel: SendingChannel;
  status: string | null;
  /** '381' for a credit note: its wording differs (« avoir »), and a rejected one is not replaced the same way; '386' a facture d'acompte. */
  typeCode: InvoiceTypeCode;
}

function portalHint(channel: SendingChannel, what: string): string {
  return channel === 'portal' ? ` Sur le portail Chorus Pro, ${what}, puis notez ici ce que le portail affiche.` : '';
}

export function actionFor({ stage, channel, status, typeCode }: ActionInput): SendingAction | null {
  const piece = thisPiece(typeCode);
  if (stage === 'to_deposit') {
    return {
      kind: 'deposit',
      title: 'À déposer sur le portail',
      explanation: `Déposez ${piece} sur le portail Chorus Pro en suivant le guide, puis cliquez sur « J’ai déposé ».`,
    };
  }
  if (stage === 'flux_rejected' || status === 'REJETEE') {
    const refused = stage === 'flux_rejected' ? 'Chorus Pro a refusé le dépôt' : 'L’acheteur a rejeté';
    return typeCode === '381'
      ? {
          kind: 'replace',
          title: 'Avoir rejeté : établissez-en un nouveau',
          explanation: `${refused} ${stage === 'flux_rejected' ? 'de cet avoir' : 'cet avoir'}. Corrigez ce qui est signalé et établissez un nouvel avoir sur la facture d’origine ; la numérotation reste continue.`,
        }
      : {
          kind: 'replace',
          title: 'Facture rejetée : avoir puis nouvelle facture',
          explanation: `${refused} ${stage === 'flux_rejected' ? 'de cette facture' : 'cette facture'}. Facturier prépare un avoir qui l’annule et une nouvelle facture à corriger, qui recevra un nouveau numéro : la numérotation reste continue.`,
        };
  }
  if (status === 'SUSPENDUE') {
    return {
      kind: 'complete',
      title: 'Suspendue : complétez',
      explanation: `L’acheteur attend un document ou une précision. Complétez ${piece} avec le document demandé et un commentaire.${portalHint(channel, 'ouvrez la pièce et choisissez « Compléter »')}`,
    };
  }
  if (status === 'A_RECYCLER') {
    return {
      kind: 'recycle',
      title: 'À recycler : changez le service ou l’engagement',
      explanation: `Le code service ou le numéro d’engagement ne convient pas à l’acheteur. Indiquez le bon : ${piece} garde son numéro.${portalHint(channel, 'ouvrez la pièce et choisissez « Recycler »')}`,
    };
  }
  return null;
}
