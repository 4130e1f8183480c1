import { formatDayDistance, formatLongDate } from '../dates/french-dates';
import { addDays, daysBetween, type IsoDate } from '../dates/iso-date';

/**
 * The Chorus Pro technical account's password must be renewed every 424 days (~14 months) by the
 * structure's main manager (communauté Chorus Pro, « bonnes pratiques »). OCA reminds 15 days ahead; we
 * do the same. Both are data so a change of rule is one line.
 */
export const TECHNICAL_PASSWORD_VALIDITY_DAYS = 424;
export const TECHNICAL_PASSWORD_REMINDER_DAYS = 15;

/** 'valid': nothing to do; 'renew_soon': inside the reminder window; 'expired': deposits will fail. */
export type PasswordRenewalStatus = 'valid' | 'renew_soon' | 'expired';

export interface PasswordRenewal {
  savedOn: IsoDate;
  /** The first day the password no longer works; renew before it. */
  expiresOn: IsoDate;
  /**
   * The last day the password works: the one date shown to the user for the renewal, on Accueil, in
   * Réglages and in the calendar alike (an expiry "le 1er mars" next to "valable jusqu’au 28 février"
   * reads as two different deadlines).
   */
  renewBy: IsoDate;
  /** From this day on the app shows the reminder. */
  remindFrom: IsoDate;
  /** Days from today to `expiresOn`: 0 or less means expired. */
  daysLeft: number;
  status: PasswordRenewalStatus;
  /** The expiry is the one Chorus Pro reported (connection test), not our count from `savedOn`. */
  isReportedByChorus: boolean;
  /** Plain French sentence for the dashboard. */
  text: string;
}

/**
 * Renewal state of the technical password saved on `savedOn`, seen on `today` (Paris date). When Chorus
 * Pro reported the expiry (`structures/v1/consulter` → `dateExpirationMotPasseCompteTech`), that date wins
 * over our count of 424 days. The expiry day itself counts as expired: being a day early costs nothing, a
 * failed deposit costs a day.
 */
export function technicalPasswordRenewal(savedOn: IsoDate, today: IsoDate, reportedExpiresOn?: IsoDate | null): PasswordRenewal {
  const isReportedByChorus = typeof reportedExpiresOn === 'string';
  const expiresOn = isReportedByChorus ? reportedExpiresOn : addDays(savedOn, TECHNICAL_PASSWORD_VALIDITY_DAYS);
  const renewBy = addDays(expiresOn, -1);
  const remindFrom = addDays(expiresOn, -TECHNICAL_PASSWORD_REMINDER_DAYS);
  const daysLeft = daysBetween(today, expiresOn);
  const status: PasswordRenewalStatus =
    daysLeft <= 0 ? 'expired' : daysLeft <= TECHNICAL_PASSWORD_REMINDER_DAYS ? 'renew_soon' : 'valid';
  const source = isReportedByChorus ? ' (date indiquée par Chorus Pro)' : '';
  return { savedOn, expiresOn, renewBy, remindFrom, daysLeft, status, isReportedByChorus, text: renewalText(status, renewBy, daysBetween(today, renewBy), source) };
}

/** Every sentence names the same day, `renewBy`, the last day the password works. */
function renewalText(status: PasswordRenewalStatus, renewBy: IsoDate, daysToRenewBy: number, source: string): string {
  const date = formatLongDate(renewBy);
  switch (status) {
    case 'expired':
      return `Le mot de passe de votre compte technique Chorus Pro était valable jusqu’au ${date} : renouvelez-le pour reprendre vos envois.`;
    case 'renew_soon':
      return `Le mot de passe de votre compte technique Chorus Pro est valable jusqu’au ${date}${source} (${formatDayDistance(daysToRenewBy)}) : renouvelez-le dès maintenant.`;
    case 'valid':
      return `Le mot de passe de votre compte technique Chorus Pro est valable jusqu’au ${date}${source}.`;
  }
}

/** What the renewal involves, shared by the calendar entry and the settings screen. */
export const PASSWORD_RENEWAL_ACTION =
  'Le gestionnaire principal de votre structure renouvelle le mot de passe sur le portail Chorus Pro ; saisissez ensuite le nouveau dans Facturier.';
