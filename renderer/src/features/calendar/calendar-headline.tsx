import { CATEGORY_LABELS } from '@shared/calendar/company-category';
import type { CalendarView } from '@shared/onboarding/calendar-schema';
import { t } from '../../i18n/t';

/** The sentence that matters most ("… obligatoire pour vous depuis le 1er janvier 2020"), and the category it rests on. */
export function CalendarHeadline({ view }: { view: CalendarView }) {
  if (!view.calendar) return null;
  const { category, origin } = view.calendar.category;
  return (
    <div className="headline" data-testid="calendar-headline">
      {view.headline ? <p className="headline-text">{view.headline}</p> : <p className="headline-text">{t('calendar.noPublicBuyers')}</p>}
      <p className="muted">
        {t(origin === 'declared' ? 'calendar.categoryDeclared' : 'calendar.categoryFromHeadcount', { category: CATEGORY_LABELS[category].withArticle })}{' '}
        {t('calendar.today', { date: view.todayLabel })}
      </p>
    </div>
  );
}
