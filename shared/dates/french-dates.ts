import { parseIsoDate, type CivilDate, type IsoDate } from './iso-date';

/**
 * The one place dates are written for a French reader (forms, tables, PDFs, the calendar, messages).
 * Legal dates are days (`YYYY-MM-DD`, arithmetic in iso-date.ts), not instants, which avoids every
 * daylight-saving and machine-time-zone surprise; only `parisToday` and `formatDateTime` read instants,
 * through Intl in the Paris time zone.
 */

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
] as const;

const pad = (value: number, length = 2) => value.toString().padStart(length, '0');

function requireParts(iso: IsoDate): CivilDate {
  const parts = parseIsoDate(iso);
  if (!parts) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(iso)}`);
  return parts;
}

/** "27/11/2026": forms, tables, invoices (the way French paperwork prints a date). */
export function formatShortDate(iso: IsoDate): string {
  const { year, month, day } = requireParts(iso);
  return `${pad(day)}/${pad(month)}/${pad(year, 4)}`;
}

/** "1er janvier 2020", "15 août 2026": sentences; the ordinal is French usage for the first of the month only. */
export function formatLongDate(iso: IsoDate): string {
  const { year, month, day } = requireParts(iso);
  return `${day === 1 ? '1er' : String(day)} ${MONTHS[month - 1]} ${year}`;
}

const PARIS_PARTS = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function parisParts(now: Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  const parts = PARIS_PARTS.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute') };
}

/** Today's date as a person in France sees it, whatever the machine's own time zone. */
export function parisToday(now: Date): IsoDate {
  const { year, month, day } = parisParts(now);
  return `${year}-${month}-${day}`;
}

/** "27/11/2026 10:00": a moment (journal entries), in Paris time; the text itself if it is not a moment. */
export function formatDateTime(instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  const { year, month, day, hour, minute } = parisParts(date);
  return `${day}/${month}/${year} ${hour}:${minute}`;
}

/** The computer's own calendar day: only a fallback when the app's clock cannot be asked. */
export function localToday(now: Date): IsoDate {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "aujourd’hui", "demain", "dans 12 jours", "il y a 3 jours": a distance a reader grasps at once. */
export function formatDayDistance(days: number): string {
  if (days === 0) return 'aujourd’hui';
  if (days === 1) return 'demain';
  if (days === -1) return 'hier';
  return days > 0 ? `dans ${days} jours` : `il y a ${-days} jours`;
}
