import { z } from 'zod';

/**
 * Calendar dates as `YYYY-MM-DD` strings. Legal dates are days, not instants: keeping them as strings and
 * doing arithmetic in UTC avoids every daylight-saving and machine-time-zone surprise. Only `parisToday`
 * touches a real instant, and it asks Intl for the Paris wall-clock date.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

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

interface DateParts {
  year: number;
  month: number;
  day: number;
}

function partsOf(iso: IsoDate): DateParts | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC silently rolls 2026-02-30 over to March; a real calendar date survives the round trip.
  const isReal = probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
  return isReal ? { year, month, day } : null;
}

function requireParts(iso: IsoDate): DateParts {
  const parts = partsOf(iso);
  if (!parts) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(iso)}`);
  return parts;
}

function toUtcDays(iso: IsoDate): number {
  const { year, month, day } = requireParts(iso);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

function fromUtcDays(days: number): IsoDate {
  return new Date(days * MS_PER_DAY).toISOString().slice(0, 10);
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && partsOf(value) !== null;
}

/** For profiles and stored state: a real calendar date, with a French message when it is not. */
export const IsoDateSchema = z
  .string()
  .refine((value) => isIsoDate(value), { error: 'La date doit être une date réelle au format AAAA-MM-JJ.' });

export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromUtcDays(toUtcDays(iso) + days);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toUtcDays(to) - toUtcDays(from);
}

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

/** "01/01/2020", the short form of forms and tables. */
export function formatShortDate(iso: IsoDate): string {
  const { year, month, day } = requireParts(iso);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/** "aujourd’hui", "demain", "dans 12 jours", "il y a 3 jours": a distance a reader grasps at once. */
export function formatDayDistance(days: number): string {
  if (days === 0) return 'aujourd’hui';
  if (days === 1) return 'demain';
  if (days === -1) return 'hier';
  return days > 0 ? `dans ${days} jours` : `il y a ${-days} jours`;
}
