import { Link } from 'react-router';
import { HomeCardFrame } from '../home/home-card-frame';
import { t } from '../../i18n/t';
import { useDirectoryStatus } from './use-directory-status';

/** Home: a reminder when the directory was never imported or is more than a month old; nothing otherwise. */
export function DirectoryStaleCard() {
  const status = useDirectoryStatus();
  if (!status.value?.isStale || status.value.runningTaskId) return null;
  return (
    <HomeCardFrame title={t('directory.homeCard')} tone="attention" testId="home-directory">
      <p>{status.value.current ? t('directory.stale') : t('directory.staleNone')}</p>
      <p><Link to="/reglages?section=annuaire">{t('directory.homeLink')}</Link></p>
    </HomeCardFrame>
  );
}
