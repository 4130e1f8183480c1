import { Link } from 'react-router';
import { PASSWORD_RENEWAL_ACTION } from '@shared/calendar/password-renewal';
import { useChannelQuery } from '../../api/queries';
import { statusLabel } from '../calendar/calendar-status';
import { t } from '../../i18n/t';
import { HomeCardFrame } from './home-card-frame';

/** The next dates of the personal calendar (nextDates, computed in main). */
export function NextDatesCard() {
  const calendar = useChannelQuery('calendar:get', {});
  const value = calendar.data;
  if (!value?.calendar) return null;
  return (
    <HomeCardFrame title={t('home.dates.title')} testId="home-card-dates">
      {value.headline ? <p>{value.headline}</p> : null}
      {value.nextDates.length === 0 ? (
        <p>{t('home.dates.none')}</p>
      ) : (
        <ul className="date-list">
          {value.nextDates.map((entry) => (
            <li key={entry.id}>
              <time dateTime={entry.date ?? undefined} className="date-chip">
                {entry.shortDate}
              </time>
              <span>
                {entry.title} <span className="muted">({statusLabel(entry).text.toLowerCase()})</span>
              </span>
            </li>
          ))}
        </ul>
      )}
      <Link to="/calendrier">{t('home.dates.link')}</Link>
    </HomeCardFrame>
  );
}

/** The technical password's renewal, only when it is close or past. */
export function PasswordRenewalCard() {
  const calendar = useChannelQuery('calendar:get', {});
  const renewal = calendar.data?.passwordRenewal;
  if (!renewal || renewal.status === 'valid') return null;
  return (
    <HomeCardFrame title={t('home.password.title')} tone="warning" testId="home-card-password">
      <p>{renewal.text}</p>
      <p>{PASSWORD_RENEWAL_ACTION}</p>
      <Link className="button" to="/reglages?section=chorus-pro">
        {t('home.password.link')}
      </Link>
    </HomeCardFrame>
  );
}
