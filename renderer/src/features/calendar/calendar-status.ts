import type { CalendarEntry } from '@shared/calendar/obligation-types';
import { formatDayDistance } from '@shared/dates/french-dates';
import { t } from '../../i18n/t';

/** The badge of an entry: "En vigueur", "Dans 278 jours", "En retard", "Ne vous concerne pas". */
export function statusLabel(entry: CalendarEntry): { text: string; tone: 'ok' | 'soon' | 'late' | 'muted' } {
  if (entry.isOverdue) return { text: t('calendar.status.overdue'), tone: 'late' };
  if (!entry.applies) return { text: t('calendar.status.notYours'), tone: 'muted' };
  if (entry.status === 'upcoming' && entry.daysUntil !== null) {
    const distance = formatDayDistance(entry.daysUntil);
    return { text: distance.charAt(0).toUpperCase() + distance.slice(1), tone: 'soon' };
  }
  if (entry.status === 'in_force') return { text: t('calendar.status.inForce'), tone: 'ok' };
  return { text: t('calendar.status.passed'), tone: 'muted' };
}
