import { useBackendStatus } from '../api/backend-status';
import { t } from '../i18n/t';

/** « En ligne » while the app's backend answers its ping; « Hors ligne » (and why) when it does not. */
export function OnlineIndicator() {
  const { isUp, isReloadNeeded } = useBackendStatus();
  const explanation = isUp ? undefined : t(isReloadNeeded ? 'network.reloadNeeded' : 'network.offline');
  return (
    <p className={`online-indicator ${isUp ? 'is-online' : 'is-offline'}`} role="status" data-testid="online-indicator" title={explanation}>
      <span className="online-dot" aria-hidden="true" />
      <span>{isUp ? t('network.online') : t('network.offlineShort')}</span>
      {explanation ? <span className="visually-hidden"> {explanation}</span> : null}
    </p>
  );
}
