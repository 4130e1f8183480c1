import { z } from 'zod';
import type { Calendar } from '../calendar/build-calendar';
import { COMPANY_CATEGORIES } from '../calendar/company-category';
import { APP_ROUTES, type CalendarEntry } from '../calendar/obligation-types';
import type { PasswordRenewal } from '../calendar/password-renewal';

/**
 * The calendar engine's output as zod schemas, so the IPC contract can check what main sends. The type
 * checks at the bottom make any drift from the engine's own interfaces a compile error.
 */
export const CalendarEntrySchema = z.object({
  id: z.string(),
  group: z.enum(['b2g', 'b2b', 'duty']),
  kind: z.enum(['milestone', 'duty', 'deadline']),
  series: z.string().nullable(),
  date: z.string().nullable(),
  dateLabel: z.string().nullable(),
  shortDate: z.string().nullable(),
  applies: z.boolean(),
  notApplicableReason: z.string().nullable(),
  status: z.enum(['in_force', 'upcoming', 'passed']),
  daysUntil: z.number().int().nullable(),
  isOverdue: z.boolean(),
  title: z.string(),
  text: z.string(),
  action: z.string().nullable(),
  route: z.enum(APP_ROUTES).nullable(),
  source: z.string(),
  toConfirm: z.string().nullable(),
  penalty: z.string().nullable(),
  isReminder: z.boolean(),
});

export const CalendarSchema = z.object({
  today: z.string(),
  category: z.object({ category: z.enum(COMPANY_CATEGORIES), origin: z.enum(['declared', 'headcount']) }),
  entries: z.array(CalendarEntrySchema),
});

export const PasswordRenewalSchema = z.object({
  savedOn: z.string(),
  expiresOn: z.string(),
  renewBy: z.string(),
  remindFrom: z.string(),
  daysLeft: z.number().int(),
  status: z.enum(['valid', 'renew_soon', 'expired']),
  isReportedByChorus: z.boolean(),
  text: z.string(),
  /** "27/11/2026"-style label of the last valid day, so the screen does no date arithmetic. */
  lastValidDayLabel: z.string(),
});

/** What `calendar:get` answers: everything computed in main, with the Paris date of main's clock. */
export const CalendarViewSchema = z.object({
  today: z.string(),
  todayLabel: z.string(),
  /** Null until the business profile (wizard step 1) is saved: the screen invites the user to fill it. */
  calendar: CalendarSchema.nullable(),
  /** "La facturation électronique via Chorus Pro est obligatoire pour vous depuis le 1er janvier 2020." */
  headline: z.string().nullable(),
  nextDates: z.array(CalendarEntrySchema),
  /** Null when no technical password is saved. */
  passwordRenewal: PasswordRenewalSchema.nullable(),
});
export type CalendarView = z.infer<typeof CalendarViewSchema>;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const entryMatches: Same<z.infer<typeof CalendarEntrySchema>, CalendarEntry> = true;
const calendarMatches: Same<z.infer<typeof CalendarSchema>, Calendar> = true;
const renewalMatches: Same<Omit<z.infer<typeof PasswordRenewalSchema>, 'lastValidDayLabel'>, PasswordRenewal> = true;
export const CALENDAR_SCHEMAS_MATCH_ENGINE = entryMatches && calendarMatches && renewalMatches;
