import { Link } from 'react-router';
import { formatShortDate, parisToday } from '@shared/dates/french-dates';
import { useChannelQuery } from '../../api/queries';
import { t } from '../../i18n/t';
import { HomeCardFrame } from '../home/home-card-frame';

/** Accueil: a reminder when no verified backup is younger than 7 days (backups:status says so); nothing otherwise. */
export function BackupOverdueCard() {
  const status = useChannelQuery('backups:status', {}).data;
  if (!status?.isOverdue) return null;
  const last = status.lastGood;
  return (
    <HomeCardFrame title={t('backups.homeCard')} tone="attention" testId="home-card-backup">
      <p>{last ? t('backups.homeOverdue', { date: formatShortDate(parisToday(new Date(last.at))) }) : t('backups.homeNone')}</p>
      <p>
        <Link to="/reglages?section=sauvegardes">{t('backups.homeLink')}</Link>
      </p>
    </HomeCardFrame>
  );
}
