import { Link } from 'react-router';
import type { SendingSummary } from '@shared/sending/sending-views';
import { useChannelQuery } from '../../api/queries';
import type { MessageKey } from '../../i18n/fr';
import { t, tp, type PluralKey } from '../../i18n/t';
import { HomeCardFrame } from '../home/home-card-frame';
import { shortDate } from '../invoicing/components/dates';

type CountKey = 'toSend' | 'waiting' | 'suspended' | 'rejected' | 'toRecycle' | 'errors';

/** One Accueil card per count of sending:summary; nothing when there is nothing to say. */
function countCard(key: CountKey, title: MessageKey, text: PluralKey, filter: string, tone?: 'attention' | 'warning') {
  return function SendingCountCard() {
    const summary = useChannelQuery('sending:summary', {});
    const count = summary.data?.[key] ?? 0;
    if (count === 0) return null;
    return (
      <HomeCardFrame title={t(title)} tone={tone} testId={`home-card-sending-${key}`}>
        <p>{tp(text, count)}</p>
        <Link to={`/envois?filtre=${filter}`}>{t('home.sending.see')}</Link>
      </HomeCardFrame>
    );
  };
}

export const ToSendCard = countCard('toSend', 'home.sending.toSend', 'home.sending.toSendCount', 'to-send');
export const WaitingCard = countCard('waiting', 'home.sending.waiting', 'home.sending.waitingCount', 'waiting');
export const SuspendedCard = countCard('suspended', 'home.sending.suspended', 'home.sending.suspendedCount', 'action', 'warning');
export const RejectedCard = countCard('rejected', 'home.sending.rejected', 'home.sending.rejectedCount', 'action', 'warning');
export const ToRecycleCard = countCard('toRecycle', 'home.sending.toRecycle', 'home.sending.toRecycleCount', 'action', 'warning');
export const SendingErrorsCard = countCard('errors', 'home.sending.errors', 'home.sending.errorsCount', 'errors', 'attention');

/** Pieces deposited by hand without news after the configured delay: « Vérifiez son statut sur le portail ». */
export function PortalRemindersCard() {
  const summary = useChannelQuery('sending:summary', {});
  const reminders: SendingSummary['portalReminders'] = summary.data?.portalReminders ?? [];
  if (reminders.length === 0) return null;
  return (
    <HomeCardFrame title={t('home.sending.reminders')} tone="attention" testId="home-card-sending-reminders">
      <ul>
        {reminders.map((reminder) => (
          <li key={reminder.invoiceId}>
            <Link to={`/factures/${reminder.invoiceId}`}>{t('home.sending.reminderLine', { number: reminder.number, buyer: reminder.buyerName, date: shortDate(reminder.depositedOn) })}</Link>
          </li>
        ))}
      </ul>
    </HomeCardFrame>
  );
}
