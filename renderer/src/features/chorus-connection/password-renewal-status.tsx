import { useChannelQuery } from '../../api/queries';
import { PASSWORD_RENEWAL_ACTION } from '@shared/calendar/password-renewal';
import { t } from '../../i18n/t';

/**
 * The 424-day renewal of the technical password, computed in main (calendar:get) so "today" is the
 * Paris date of the app's clock. Re-read whenever the saved date changes.
 */
export function PasswordRenewalStatus({ hasPassword, savedOn }: { hasPassword: boolean; savedOn: string | null }) {
  if (!hasPassword || savedOn === null) return <p className="muted">{t('chorus.renewal.none')}</p>;
  return <RenewalLine key={savedOn} />;
}

function RenewalLine() {
  const calendar = useChannelQuery('calendar:get', {});
  const renewal = calendar.data?.passwordRenewal;
  if (!renewal) return null;
  return (
    <div className={`renewal renewal-${renewal.status}`} data-testid="password-renewal">
      <p>
        <strong>{t(`chorus.renewal.${renewal.status}`)}</strong> {renewal.text}
      </p>
      {renewal.status === 'valid' ? null : <p>{PASSWORD_RENEWAL_ACTION}</p>}
    </div>
  );
}
