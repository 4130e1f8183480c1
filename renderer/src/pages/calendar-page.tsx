import { Link } from 'react-router';
import { useChannelQuery } from '../api/queries';
import { CalendarGroups } from '../features/calendar/calendar-groups';
import { CalendarHeadline } from '../features/calendar/calendar-headline';
import { MissingProfileNotice } from '../features/calendar/missing-profile-notice';
import { t } from '../i18n/t';
import { usePageTitle } from './use-page-title';

/** The whole personalised calendar: every rule, whether it is the user's, and what to do. */
export function CalendarPage() {
  usePageTitle(t('calendar.title'));
  const calendar = useChannelQuery('calendar:get', {});
  const value = calendar.data;
  return (
    <section aria-labelledby="page-title" aria-busy={calendar.isPending}>
      <h1 id="page-title">{t('calendar.title')}</h1>
      {calendar.isPending ? <p role="status">{t('app.loading')}</p> : null}
      {calendar.error ? <p role="alert">{calendar.error.message}</p> : null}
      {value && !value.calendar ? <MissingProfileNotice /> : null}
      {value?.calendar ? (
        <>
          <CalendarHeadline view={value} />
          <p>
            <Link to="/assistant/activite">{t('calendar.editProfile')}</Link>
          </p>
          <p className="muted">{t('calendar.disclaimer')}</p>
          <CalendarGroups entries={value.calendar.entries} />
        </>
      ) : null}
    </section>
  );
}
