import { addDays, daysBetween, formatDayDistance, formatFrenchDate, type IsoDate } from './french-dates';

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
  const remindFrom = addDays(expiresOn, -TECHNICAL_PASSWORD_REMINDER_DAYS);
  const daysLeft = daysBetween(today, expiresOn);
  const status: PasswordRenewalStatus =
    daysLeft <= 0 ? 'expired' : daysLeft <= TECHNICAL_PASSWORD_REMINDER_DAYS ? 'renew_soon' : 'valid';
  const source = isReportedByChorus ? ' (date indiquée par Chorus Pro)' : '';
  return { savedOn, expiresOn, remindFrom, daysLeft, status, isReportedByChorus, text: renewalText(status, expiresOn, daysLeft, source) };
}

function renewalText(status: PasswordRenewalStatus, expiresOn: IsoDate, daysLeft: number, source: string): string {
  const date = formatFrenchDate(expiresOn);
  switch (status) {
    case 'expired':
      return daysLeft === 0
        ? `Le mot de passe de votre compte technique Chorus Pro expire aujourd’hui : renouvelez-le pour que vos envois continuent.`
        : `Le mot de passe de votre compte technique Chorus Pro a expiré le ${date} : renouvelez-le pour reprendre vos envois.`;
    case 'renew_soon':
      return `Le mot de passe de votre compte technique Chorus Pro expire le ${date}${source} (${formatDayDistance(daysLeft)}) : renouvelez-le dès maintenant.`;
    case 'valid':
      return `Le mot de passe de votre compte technique Chorus Pro est valable jusqu’au ${formatFrenchDate(addDays(expiresOn, -1))}${source}.`;
  }
}

/** What the renewal involves, shared by the calendar entry and the settings screen. */
export const PASSWORD_RENEWAL_ACTION =
  'Le gestionnaire principal de votre structure renouvelle le mot de passe sur le portail Chorus Pro ; saisissez ensuite le nouveau dans Facturier.';
