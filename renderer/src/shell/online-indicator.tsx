import { t } from '../i18n/t';
import { useOnlineStatus } from './use-online-status';

export function OnlineIndicator() {
  const isOnline = useOnlineStatus();
  return (
    <p className={`online-indicator ${isOnline ? 'is-online' : 'is-offline'}`} role="status" data-testid="online-indicator">
      <span className="online-dot" aria-hidden="true" />
      <span title={isOnline ? undefined : t('network.offline')}>{isOnline ? t('network.online') : t('network.offlineShort')}</span>
    </p>
  );
}
