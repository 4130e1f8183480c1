import type { CalendarEntry } from '@shared/calendar/obligation-types';
import { t } from '../../i18n/t';
import { statusLabel } from './calendar-status';
import { RouteLink } from './route-link';

/** One obligation: its date and status, the sentence for this company, what to do and where. */
export function CalendarEntryCard({ entry, headingLevel = 3 }: { entry: CalendarEntry; headingLevel?: 2 | 3 }) {
  const status = statusLabel(entry);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <li className={`calendar-entry${entry.applies ? '' : ' not-applicable'}`} data-testid={`calendar-entry-${entry.id}`}>
      <div className="calendar-entry-head">
        <Heading className="calendar-entry-title">{entry.title}</Heading>
        <span className={`badge badge-${status.tone}`}>{status.text}</span>
      </div>
      {entry.dateLabel ? (
        <p className="calendar-date">
          <time dateTime={entry.date ?? undefined}>{entry.dateLabel}</time>
        </p>
      ) : null}
      <p>{entry.text}</p>
      {entry.applies ? null : <p className="muted">{entry.notApplicableReason}</p>}
      {entry.applies && entry.action ? (
        <p>
          <strong>{entry.isReminder ? t('calendar.reminder') : t('calendar.todo')}</strong> {entry.action}
        </p>
      ) : null}
      {entry.applies && entry.penalty ? (
        <p>
          <strong>{t('calendar.penalty')}</strong> {entry.penalty}
        </p>
      ) : null}
      {entry.toConfirm ? <p className="to-confirm">{entry.toConfirm}</p> : null}
      <div className="calendar-entry-foot">
        <p className="source">{t('calendar.source', { source: entry.source })}</p>
        {entry.applies ? <RouteLink route={entry.route} /> : null}
      </div>
    </li>
  );
}
