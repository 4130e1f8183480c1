import type { SalesChannel } from './calendar-profile';
import type { CompanyCategory } from './company-category';
import type { IsoDate } from '../dates/iso-date';

/**
 * Screens an entry can send the user to. The renderer maps each key to its router path, so renaming a
 * path never touches the calendar data.
 */
export const APP_ROUTES = [
  'setup',
  'settings.chorus',
  'settings.company',
  'invoices',
  'customers',
  'export',
  'backup',
] as const;
export type AppRoute = (typeof APP_ROUTES)[number];

/** b2g: Chorus Pro to public buyers; b2b: the 2026–2027 reform; duty: standing duties shown beside them. */
export type ObligationGroup = 'b2g' | 'b2b' | 'duty';

/** Who an obligation concerns. Every condition listed must hold; an absent condition holds for all. */
export interface Audience {
  categories: readonly CompanyCategory[];
  /** Holds when the company sells through at least one of these channels. */
  sellsToAnyOf?: readonly SalesChannel[];
  /** true: only under the VAT franchise; false: only outside it. */
  vatFranchise?: boolean;
}

interface ObligationBase {
  /** Stable id: the UI, tests and stored "seen" flags refer to it. */
  id: string;
  group: ObligationGroup;
  title: string;
  audience: Audience;
  /** What to do, in plain French; null when the entry is information only. */
  action: string | null;
  /** Where in Facturier to do it; null when it happens outside the app (e.g. choosing a platform). */
  route: AppRoute | null;
  /** Legal or official source, in French, shown under the text. */
  source: string;
  /** Set when a fact rests on an announcement not yet confirmed: the UI shows it as such. */
  toConfirm?: string;
  /** Sanction for not complying, when the law sets one. */
  penalty?: string;
  /** Added to the text when the company is under the VAT franchise (it often believes itself exempt). */
  franchiseNote?: string;
  /** A reminder the user asked for, never legal advice: the UI words it accordingly. */
  isReminder?: boolean;
}

/**
 * A rule that starts on a date. Entries of one `series` are the same rule reaching different
 * categories on different dates; a user sees the whole series and learns which date is theirs.
 *
 * Placeholders: `{date}` "1er janvier 2020"; `{days}` "dans 12 jours" / "demain"; `{since}` "le
 * 1er janvier 2020", or "la création de votre entreprise, le 3 mars 2024" when the company is younger.
 */
export interface DatedObligation extends ObligationBase {
  kind: 'milestone';
  date: IsoDate;
  series: string;
  texts: {
    /** It applies and the date has come. Uses `{since}`. */
    inForce: string;
    /** It applies and the date is ahead. Uses `{date}` and `{days}`. */
    upcoming: string;
    /** It does not apply to this company: a tense-free statement for the timeline. Uses `{date}`. */
    general: string;
  };
}

/** A duty with no start date that the user should keep in mind (retention, numbering, thresholds). */
export interface StandingDuty extends ObligationBase {
  kind: 'duty';
  texts: {
    applies: string;
    general: string;
  };
}

export type ObligationDefinition = DatedObligation | StandingDuty;

/** 'in_force': applies and its date has come; 'upcoming': its date is ahead; 'passed': its date has come
 *  but it is not the user's (a milestone of another category) or it is a deadline that has gone by. */
export type CalendarStatus = 'in_force' | 'upcoming' | 'passed';

export interface CalendarEntry {
  id: string;
  group: ObligationGroup;
  /** milestone: a rule from a date; duty: no date; deadline: a date computed for this user. */
  kind: 'milestone' | 'duty' | 'deadline';
  series: string | null;
  date: IsoDate | null;
  /** "1er janvier 2020" and "01/01/2020", or null for a duty without a date. */
  dateLabel: string | null;
  shortDate: string | null;
  applies: boolean;
  /** Plain French reason when `applies` is false; null otherwise. */
  notApplicableReason: string | null;
  status: CalendarStatus;
  /** Days from today to `date`: positive ahead, 0 today, negative gone by; null without a date. */
  daysUntil: number | null;
  /** True only for a deadline of this user that has gone by (e.g. an expired technical password). */
  isOverdue: boolean;
  title: string;
  text: string;
  action: string | null;
  route: AppRoute | null;
  source: string;
  toConfirm: string | null;
  penalty: string | null;
  isReminder: boolean;
}
