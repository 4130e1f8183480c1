import { z } from 'zod';
import { isIsoDate, parseIsoDate, type CivilDate, type IsoDate } from '../payment-terms/iso-date';

/**
 * Calendar dates as `YYYY-MM-DD` strings (arithmetic in payment-terms/iso-date.ts). Legal dates are days,
 * not instants, which avoids every daylight-saving and machine-time-zone surprise. Only `parisToday`
 * touches a real instant, and it asks Intl for the Paris wall-clock date.
 */
export type { IsoDate } from '../payment-terms/iso-date';
export { addDays, daysBetween, isIsoDate } from '../payment-terms/iso-date';
/** "01/01/2020", the short form of forms and tables. */
export { formatFrenchDate as formatShortDate } from '../payment-terms/iso-date';

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

function requireParts(iso: IsoDate): CivilDate {
  const parts = parseIsoDate(iso);
  if (!parts) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(iso)}`);
  return parts;
}

/** For profiles and stored state: a real calendar date, with a French message when it is not. */
export const IsoDateSchema = z
  .string()
  .refine((value) => isIsoDate(value), { error: 'La date doit être une date réelle au format AAAA-MM-JJ.' });

/** Today's date as a person in France sees it, whatever the machine's own time zone. */
export function parisToday(now: Date): IsoDate {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: 'year' | 'month' | 'day') => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** "1er janvier 2020", "15 août 2026": the ordinal is French usage for the first of the month only. */
export function formatFrenchDate(iso: IsoDate): string {
  const { year, month, day } = requireParts(iso);
  return `${day === 1 ? '1er' : String(day)} ${MONTHS[month - 1]} ${year}`;
}


/** "aujourd’hui", "demain", "dans 12 jours", "il y a 3 jours": a distance a reader grasps at once. */
export function formatDayDistance(days: number): string {
  if (days === 0) return 'aujourd’hui';
  if (days === 1) return 'demain';
  if (days === -1) return 'hier';
  return days > 0 ? `dans ${days} jours` : `il y a ${-days} jours`;
}
