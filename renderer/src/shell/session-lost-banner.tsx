import { useIsSessionLost } from '../api/session-status';
import { t } from '../i18n/t';

/** Shown when the browser host no longer knows this tab (it was restarted): the way back in. */
export function SessionLostBanner() {
  const isLost = useIsSessionLost();
  if (!isLost) return null;
  return (
    <div className="session-lost" role="alert" data-testid="session-lost">
      <p className="session-lost-title">{t('session.lost.title')}</p>
      <p>{t('session.lost.text')}</p>
    </div>
  );
}
