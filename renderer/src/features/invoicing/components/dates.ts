import { formatShortDate, localToday as computerToday } from '@shared/dates/french-dates';

/** "27/11/2026", or a dash for a date the invoice does not have yet. */
export function shortDate(iso: string | null | undefined): string {
  return iso ? formatShortDate(iso) : '—';
}

/** Today as the computer's calendar says: only a fallback when app:info cannot answer (see useToday). */
export function localToday(): string {
  return computerToday(new Date());
}
