import type { z } from 'zod';
import {
  CalendarProfileSchema,
  SALES_CHANNEL_LABELS,
  resolveCategory,
  type CalendarProfile,
  type ResolvedCategory,
} from './calendar-profile';
import { CATEGORY_LABELS } from './company-category';
import { formatDayDistance, formatLongDate, formatShortDate } from '../dates/french-dates';
import { daysBetween, isIsoDate, type IsoDate } from '../dates/iso-date';
import { OBLIGATIONS } from './obligations';
import type { CalendarEntry, DatedObligation, ObligationDefinition } from './obligation-types';
import { PASSWORD_RENEWAL_ACTION, TECHNICAL_PASSWORD_VALIDITY_DAYS, technicalPasswordRenewal } from './password-renewal';

type Profile = z.output<typeof CalendarProfileSchema>;

export interface Calendar {
  today: IsoDate;
  category: ResolvedCategory;
  /** Every obligation, applicable or not, in the table's order: the UI shows the whole timeline. */
  entries: CalendarEntry[];
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

function joinWithOr(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ou ${items.at(-1)}`;
}

/** Why an obligation does not concern this company, or null when it does. Conditions are checked in
 *  the order a person would think of them: what they sell, then their VAT regime, then their size. */
function whyNot(def: ObligationDefinition, profile: Profile, category: ResolvedCategory): string | null {
  const { sellsToAnyOf, vatFranchise, categories } = def.audience;
  if (sellsToAnyOf && !sellsToAnyOf.some((channel) => profile.sellsTo[channel])) {
    const channels = joinWithOr(sellsToAnyOf.map((channel) => SALES_CHANNEL_LABELS[channel]));
    return `Cela concerne les ventes ${channels} ; vous avez indiqué ne pas en faire. Si cela change, mettez votre profil à jour.`;
  }
  if (vatFranchise !== undefined && vatFranchise !== profile.vatFranchise) {
    return vatFranchise
      ? 'Cela concerne les entreprises en franchise en base de TVA ; vous avez indiqué ne pas l’être.'
      : 'Cela concerne les entreprises qui facturent la TVA ; vous avez indiqué être en franchise en base.';
  }
  if (!categories.includes(category.category)) {
    const yours = `Cette date concerne d’autres entreprises : la vôtre est ${CATEGORY_LABELS[category.category].withArticle}.`;
    const own = def.kind === 'milestone' ? ownMilestone(def.series, category) : undefined;
    return own ? `${yours} Pour vous, la date à retenir est le ${formatLongDate(own.date)}.` : yours;
  }
  return null;
}

/** The row of the same series that reaches this company's category, if any. */
function ownMilestone(series: string, category: ResolvedCategory): DatedObligation | undefined {
  return OBLIGATIONS.find(
    (def): def is DatedObligation =>
      def.kind === 'milestone' && def.series === series && def.audience.categories.includes(category.category),
  );
}

/** For a company younger than the rule, "depuis le 1er janvier 2020" would be odd; say since its creation. */
function sinceLabel(date: IsoDate, creationDate: IsoDate | undefined): string {
  if (creationDate !== undefined && creationDate > date) {
    return `la création de votre entreprise, le ${formatLongDate(creationDate)}`;
  }
  return `le ${formatLongDate(date)}`;
}

function datedEntry(def: DatedObligation, profile: Profile, category: ResolvedCategory, today: IsoDate): CalendarEntry {
  const reason = whyNot(def, profile, category);
  const applies = reason === null;
  const daysUntil = daysBetween(today, def.date);
  const isAhead = daysUntil > 0;
  const values = {
    date: formatLongDate(def.date),
    days: formatDayDistance(daysUntil),
    since: sinceLabel(def.date, profile.creationDate),
  };
  const template = !applies ? def.texts.general : isAhead ? def.texts.upcoming : def.texts.inForce;
  return {
    ...commonFields(def, applies, reason),
    kind: 'milestone',
    series: def.series,
    date: def.date,
    dateLabel: values.date,
    shortDate: formatShortDate(def.date),
    status: isAhead ? 'upcoming' : applies ? 'in_force' : 'passed',
    daysUntil,
    text: withFranchiseNote(fill(template, values), def, applies, profile),
  };
}

function commonFields(def: ObligationDefinition, applies: boolean, reason: string | null) {
  return {
    id: def.id,
    group: def.group,
    applies,
    notApplicableReason: reason,
    isOverdue: false,
    title: def.title,
    action: def.action,
    route: def.route,
    source: def.source,
    toConfirm: def.toConfirm ?? null,
    penalty: def.penalty ?? null,
    isReminder: def.isReminder ?? false,
  } satisfies Partial<CalendarEntry>;
}

function withFranchiseNote(text: string, def: ObligationDefinition, applies: boolean, profile: Profile): string {
  return applies && profile.vatFranchise && def.franchiseNote ? `${text} ${def.franchiseNote}` : text;
}

function toEntry(def: ObligationDefinition, profile: Profile, category: ResolvedCategory, today: IsoDate): CalendarEntry {
  if (def.kind === 'milestone') return datedEntry(def, profile, category, today);
  const reason = whyNot(def, profile, category);
  const applies = reason === null;
  return {
    ...commonFields(def, applies, reason),
    kind: 'duty',
    series: null,
    date: null,
    dateLabel: null,
    shortDate: null,
    status: applies ? 'in_force' : 'passed',
    daysUntil: null,
    text: withFranchiseNote(applies ? def.texts.applies : def.texts.general, def, applies, profile),
  };
}

/** The technical password's expiry, a deadline of this user's own, or a standing duty until it is known. */
function passwordEntry(profile: Profile, today: IsoDate): CalendarEntry {
  const applies = profile.sellsTo.publicBuyers;
  const base = {
    id: 'chorus-technical-password',
    group: 'b2g',
    series: null,
    applies,
    notApplicableReason: applies
      ? null
      : `Cela concerne l’envoi automatique vers Chorus Pro, pour les ventes ${SALES_CHANNEL_LABELS.publicBuyers} ; vous avez indiqué ne pas en faire.`,
    title: 'Mot de passe du compte technique Chorus Pro',
    action: PASSWORD_RENEWAL_ACTION,
    route: 'settings.chorus',
    source: 'Communauté Chorus Pro, bonnes pratiques',
    toConfirm: null,
    penalty: null,
    isReminder: false,
  } satisfies Partial<CalendarEntry>;
  const savedOn = profile.technicalPasswordSavedOn;
  if (savedOn === undefined || !applies) {
    return {
      ...base,
      kind: 'duty',
      date: null,
      dateLabel: null,
      shortDate: null,
      status: applies ? 'in_force' : 'passed',
      daysUntil: null,
      isOverdue: false,
      text: `Pour l’envoi automatique, le mot de passe du compte technique doit être renouvelé tous les ${TECHNICAL_PASSWORD_VALIDITY_DAYS} jours. Enregistrez-le dans Facturier pour être prévenu à temps.`,
    };
  }
  const renewal = technicalPasswordRenewal(savedOn, today, profile.technicalPasswordExpiresOn);
  return {
    ...base,
    kind: 'deadline',
    date: renewal.renewBy,
    dateLabel: formatLongDate(renewal.renewBy),
    shortDate: formatShortDate(renewal.renewBy),
    status: renewal.status === 'expired' ? 'passed' : 'upcoming',
    daysUntil: daysBetween(today, renewal.renewBy),
    isOverdue: renewal.status === 'expired',
    text: renewal.text,
  };
}

/**
 * The personalised compliance calendar. `today` is the Paris date (see `parisToday`): passing it in keeps
 * the engine pure and its tests deterministic. Throws on a profile that fails its schema.
 */
export function buildCalendar(profile: CalendarProfile, today: IsoDate): Calendar {
  if (!isIsoDate(today)) throw new RangeError(`today must be a YYYY-MM-DD date, got ${JSON.stringify(today)}`);
  const parsed = CalendarProfileSchema.parse(profile);
  const category = resolveCategory(parsed);
  const entries = OBLIGATIONS.map((def) => toEntry(def, parsed, category, today));
  const passwordIndex = entries.findIndex((entry) => entry.group !== 'b2g');
  entries.splice(passwordIndex === -1 ? entries.length : passwordIndex, 0, passwordEntry(parsed, today));
  return { today, category, entries };
}

/**
 * The next `n` dates that concern this company, for the home page: upcoming dates and overdue deadlines
 * (an expired password is more urgent than anything ahead), earliest first.
 */
export function nextDates(calendar: Calendar, n: number): CalendarEntry[] {
  return calendar.entries
    .filter((entry) => entry.applies && entry.date !== null && (entry.status === 'upcoming' || entry.isOverdue))
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''))
    .slice(0, Math.max(0, n));
}

/** The one sentence the first-start wizard shows for public buyers, e.g. "… obligatoire pour vous depuis le 1er janvier 2020." */
export function b2gHeadline(calendar: Calendar): string | null {
  return calendar.entries.find((entry) => entry.series === 'b2g-chorus' && entry.applies)?.text ?? null;
}
