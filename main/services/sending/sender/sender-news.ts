import { documentKindLabel } from '@shared/invoicing/document-kinds';
import type { SendingNews } from './sender-steps';

/** The desktop's notifications (DesktopActions.notify); absent in the browser host. */
export interface Notifier {
  notify(title: string, body: string): void;
}

/**
 * A desktop notification when the user must act (suspended, to recycle, rejected, deposit refused) and
 * when the piece is paid; other statuses only update the screens.
 */
export function newsMessage(news: SendingNews): { title: string; body: string } | null {
  const piece = `${documentKindLabel(news.typeCode)} ${news.number}`;
  const reason = news.comment === '' ? '' : ` Motif : ${news.comment}`;
  if (news.stage === 'flux_rejected') return { title: `${piece} : dépôt refusé par Chorus Pro`, body: `Ouvrez-la dans Facturier pour voir pourquoi et la remplacer.${reason}` };
  switch (news.status) {
    case 'SUSPENDUE':
      return { title: `${piece} suspendue`, body: `L’acheteur attend un document ou une précision : complétez-la depuis Facturier.${reason}` };
    case 'A_RECYCLER':
      return { title: `${piece} à recycler`, body: `Le code service ou le numéro d’engagement est à changer ; elle garde son numéro.${reason}` };
    case 'REJETEE':
      return { title: `${piece} rejetée`, body: `Facturier vous guide : un avoir puis une nouvelle facture.${reason}` };
    case 'MISE_EN_PAIEMENT':
      return { title: `${piece} mise en paiement`, body: 'L’acheteur public a lancé le paiement.' };
    default:
      return null;
  }
}

export function notifyNews(notifier: Notifier, news: SendingNews): void {
  const message = newsMessage(news);
  if (message) notifier.notify(message.title, message.body);
}
